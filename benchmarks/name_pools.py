"""Latin-script name pools for inventing people from each APO member economy (the benchmarks'
large database; the demo missions once drew on them too).

Given and family names are common ones, written as their owners would in Latin script (with
Turkish, Vietnamese, Japanese and Mongolian diacritics); the people made from them are invented.
Organizations are real public bodies of each country, used only as plausible employers.
NPO names are as commonly published; check them before relying on them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NamePool:
    family: tuple[str, ...]
    female: tuple[str, ...]
    male: tuple[str, ...]
    organizations: tuple[str, ...]
    npo: str


POOLS: dict[str, NamePool] = {
    "BD": NamePool(
        ("Rahman", "Hossain", "Islam", "Ahmed", "Chowdhury", "Sarker", "Uddin", "Karim"),
        ("Nusrat", "Farzana", "Tahmina", "Sharmin", "Rumana", "Sabrina"),
        ("Mahmudul", "Rafiqul", "Tanvir", "Shahidul", "Arifur", "Kamrul"),
        ("Bangladesh Computer Council", "Cabinet Division", "Dhaka North City Corporation"),
        "National Productivity Organisation, Bangladesh",
    ),
    "KH": NamePool(
        ("Sok", "Chan", "Keo", "Heng", "Chea", "Meas", "Phan", "Ouk"),
        ("Sreymom", "Sophea", "Channary", "Bopha", "Sokunthea", "Dalin"),
        ("Vuthy", "Sokha", "Piseth", "Rithy", "Visal", "Dara"),
        ("Ministry of Post and Telecommunications", "Ministry of Civil Service", "Phnom Penh Capital Hall"),
        "National Productivity Centre of Cambodia",
    ),
    "TW": NamePool(
        ("Chen", "Lin", "Huang", "Chang", "Wang", "Tsai", "Liu", "Hsu"),
        ("Shu-fen", "Ya-ting", "Mei-ling", "Hsiao-wen", "Yi-chun", "Pei-shan"),
        ("Chih-hao", "Chia-hung", "Wei-lun", "Cheng-en", "Tsung-han", "Yu-cheng"),
        (
            "National Development Council",
            "Directorate-General of Budget, Accounting and Statistics",
            "Taipei City Government",
        ),
        "China Productivity Center",
    ),
    "FJ": NamePool(
        ("Vunibola", "Ravai", "Tuimaba", "Rokotuiwai", "Waqa", "Naivalu", "Koroi", "Tabua"),
        ("Litia", "Salote", "Mereani", "Vasiti", "Ana", "Losana"),
        ("Semi", "Josefa", "Viliame", "Jone", "Apisai", "Sakiusa"),
        ("Ministry of Communications", "Ministry of Civil Service", "Fiji Revenue and Customs Service"),
        "National Training and Productivity Centre",
    ),
    "IN": NamePool(
        ("Sharma", "Iyer", "Patel", "Reddy", "Nair", "Gupta", "Singh", "Banerjee"),
        ("Priya", "Anjali", "Kavita", "Meera", "Deepika", "Lakshmi"),
        ("Rajesh", "Arjun", "Vikram", "Suresh", "Anil", "Sandeep"),
        (
            "Ministry of Electronics and Information Technology",
            "National Informatics Centre",
            "Department of Administrative Reforms and Public Grievances",
        ),
        "National Productivity Council",
    ),
    "ID": NamePool(
        ("Wijaya", "Santoso", "Pratama", "Hidayat", "Kusuma", "Siregar", "Nugroho", "Saputra"),
        ("Siti Rahmawati", "Dewi", "Ratna", "Fitri", "Ayu", "Indah"),
        ("Agus", "Budi", "Rizky", "Eko", "Hendra", "Fajar"),
        (
            "Ministry of Administrative and Bureaucratic Reform",
            "Ministry of Communication and Information Technology",
            "Statistics Indonesia",
        ),
        "Directorate of Productivity Development, Ministry of Manpower",
    ),
    "IR": NamePool(
        ("Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Mohammadi", "Rahimi"),
        ("Zahra", "Maryam", "Fatemeh", "Nasrin", "Leila", "Shirin"),
        ("Reza", "Mohammad", "Ali", "Hamid", "Mehdi", "Saeed"),
        (
            "Plan and Budget Organization",
            "Ministry of Information and Communications Technology",
            "Tehran Municipality",
        ),
        "National Iranian Productivity Organization",
    ),
    "JP": NamePool(
        ("Tanaka", "Suzuki", "Satō", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Itō"),
        ("Yūko", "Aiko", "Haruka", "Emi", "Naoko", "Yōko"),
        ("Hiroshi", "Takeshi", "Kenji", "Daisuke", "Kōji", "Shōta"),
        ("Digital Agency", "Ministry of Internal Affairs and Communications", "Yokohama City Office"),
        "Japan Productivity Center",
    ),
    "KR": NamePool(
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"),
        ("Ji-young", "Soo-jin", "Min-ji", "Ha-eun", "Eun-ji", "Seo-yeon", "Na-rae", "Yu-na"),
        ("Min-jun", "Jae-hyun", "Sung-ho", "Dong-hyun", "Jun-ho", "Tae-woo", "Hyun-woo", "Sang-min"),
        (
            "Ministry of the Interior and Safety",
            "National Information Society Agency",
            "Statistics Korea",
            "Gyeonggi Provincial Government",
            "Busan Metropolitan City",
            "Korea Land and Housing Corporation",
        ),
        "Korea Productivity Center",
    ),
    "LA": NamePool(
        ("Phommachanh", "Vongsa", "Keomany", "Sisouk", "Souvannavong", "Inthavong", "Xaysana", "Phimmasone"),
        ("Souphaphone", "Manivone", "Chanthala", "Vilayvanh", "Khamla", "Noy"),
        ("Somphone", "Bounmy", "Khamphet", "Phonesavanh", "Vilaysack", "Anousak"),
        ("Ministry of Technology and Communications", "Ministry of Home Affairs", "Vientiane Capital Administration"),
        "Department of SME Promotion, Ministry of Industry and Commerce",
    ),
    "MY": NamePool(
        ("Abdullah", "Ismail", "Hassan", "Rahman", "Yusof", "Ibrahim", "Othman", "Salleh"),
        ("Nur Aisyah", "Siti Hajar", "Farah Nadia", "Nurul Huda", "Aina", "Syafiqah"),
        ("Mohd Hafiz", "Ahmad Faizal", "Azlan", "Khairul Anuar", "Firdaus", "Hakim"),
        (
            "Malaysian Administrative Modernisation and Management Planning Unit",
            "Department of Statistics Malaysia",
            "Selangor State Government",
        ),
        "Malaysia Productivity Corporation",
    ),
    "MN": NamePool(
        ("Batbayar", "Ganbold", "Enkhbold", "Tserendorj", "Sükhbaatar", "Erdenebat", "Dorjsüren", "Gantömör"),
        ("Oyunchimeg", "Enkhjargal", "Solongo", "Altantsetseg", "Narantuya", "Nomin"),
        ("Bat-Erdene", "Ganzorig", "Tömörbaatar", "Mönkhbat", "Batbold", "Temüülen"),
        (
            "Communications and Information Technology Authority",
            "Cabinet Secretariat of the Government",
            "Ulaanbaatar City Governor's Office",
        ),
        "Mongolian Productivity Organization",
    ),
    "NP": NamePool(
        ("Shrestha", "Sharma", "Thapa", "Gurung", "Adhikari", "Karki", "Maharjan", "Poudel"),
        ("Sita", "Anita", "Sabina", "Pooja", "Srijana", "Sarita"),
        ("Ramesh", "Bikash", "Suman", "Prakash", "Dipendra", "Sagar"),
        ("Department of Information Technology", "Ministry of Federal Affairs", "Kathmandu Metropolitan City"),
        "National Productivity and Economic Development Centre",
    ),
    "PK": NamePool(
        ("Khan", "Ahmed", "Malik", "Qureshi", "Siddiqui", "Butt", "Hussain", "Javed"),
        ("Ayesha", "Sana", "Fatima", "Hina", "Mehwish", "Amna"),
        ("Imran", "Usman", "Bilal", "Asif", "Kamran", "Faisal"),
        (
            "Ministry of Information Technology and Telecommunication",
            "National Information Technology Board",
            "Punjab Information Technology Board",
        ),
        "National Productivity Organization, Pakistan",
    ),
    "PH": NamePool(
        ("Santos", "Reyes", "Cruz", "Bautista", "Peñaflor", "Mendoza", "Dela Cruz", "Villanueva", "Ibañez"),
        ("Maria Cristina", "Ana Liza", "Jocelyn", "Rowena", "Ma. Theresa", "Kristine"),
        ("Jose Miguel", "Ramon", "Mark Anthony", "Rodel", "Noel", "Paolo"),
        (
            "Department of Information and Communications Technology",
            "Civil Service Commission",
            "Quezon City Government",
        ),
        "Development Academy of the Philippines",
    ),
    "SG": NamePool(
        ("Tan", "Lim", "Ng", "Goh", "Lee", "Chua", "Koh", "Teo"),
        ("Hui Min", "Xin Yi", "Mei Ling", "Shu Fen", "Jia Hui", "Li Ting"),
        ("Wei Ming", "Jun Jie", "Kok Leong", "Zhi Hao", "Boon Keng", "Jian Hong"),
        ("Government Technology Agency", "Smart Nation and Digital Government Office", "Public Service Division"),
        "Enterprise Singapore",
    ),
    "LK": NamePool(
        ("Perera", "Fernando", "Silva", "Jayasinghe", "Wickramasinghe", "Bandara", "Dissanayake", "Rathnayake"),
        ("Nadeeka", "Chathurika", "Dilani", "Sanduni", "Ishara", "Tharushi"),
        ("Chaminda", "Nuwan", "Ruwan", "Kasun", "Asanka", "Lahiru"),
        (
            "Information and Communication Technology Agency",
            "Ministry of Public Administration",
            "Colombo Municipal Council",
        ),
        "National Productivity Secretariat",
    ),
    "TH": NamePool(
        ("Srisuk", "Wongsawat", "Rattanakorn", "Sukprasert", "Thongchai", "Boonmee", "Kaewkanya", "Chaiyasit"),
        ("Siriporn", "Kanokwan", "Nattaya", "Pornthip", "Supaporn", "Wanida"),
        ("Somchai", "Anan", "Prasert", "Thanawat", "Kittisak", "Chatchai"),
        (
            "Digital Government Development Agency",
            "Office of the Public Sector Development Commission",
            "Bangkok Metropolitan Administration",
        ),
        "Thailand Productivity Institute",
    ),
    "TR": NamePool(
        ("Yılmaz", "Çelik", "Şahin", "Demir", "Öztürk", "Aydın", "Kılıç", "Doğan", "Arslan", "Güneş"),
        ("Şule", "Ayşe", "Gülşen", "Zeynep", "Elif", "Büşra"),
        ("İbrahim", "Mehmet", "Oğuz", "Çağrı", "Emre", "Ömer"),
        (
            "Presidency of Strategy and Budget",
            "Digital Transformation Office of the Presidency",
            "Ministry of Interior",
        ),
        "Ministry of Industry and Technology of Türkiye",
    ),
    "VN": NamePool(
        ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"),
        ("Thị Hương", "Thị Lan", "Thu Trang", "Ngọc Anh", "Thị Mai", "Minh Châu"),
        ("Văn Minh", "Đức Anh", "Quốc Huy", "Văn Hùng", "Thành Long", "Hoàng Nam"),
        ("Ministry of Information and Communications", "Ministry of Home Affairs", "Hanoi People's Committee"),
        "Vietnam National Productivity Institute",
    ),
}
