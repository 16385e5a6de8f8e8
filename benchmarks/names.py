"""Names as their owners write them, in the scripts the large database must hold.

Each country gets native-script names where its people use them (Hangul, Thai, Cyrillic,
Persian, Devanagari, Bengali, Lao, Khmer, kanji) beside Latin ones; Turkish names carry İ, ı, Ü,
Ş and Ğ so that case folding is put to work. All people made from them are invented.
"""

from __future__ import annotations

from .name_pools import POOLS

# (family names, given names) written in the country's own script.
NATIVE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "KR": (
        ("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"),
        ("민준", "서연", "지우", "하은", "도윤", "수아", "예준", "지민"),
    ),
    "TH": (("ใจดี", "ศรีสุข", "วงศ์ไทย", "สุวรรณ", "บุญมา", "แก้วมณี"), ("สมชาย", "สุดา", "ประเสริฐ", "มาลี", "วิชัย", "อรทัย")),
    "MN": (
        ("Бат", "Дорж", "Болд", "Ганбаатар", "Эрдэнэ", "Сүхбаатар"),
        ("Болормаа", "Тэмүүлэн", "Оюунчимэг", "Батбаяр", "Сарнай"),
    ),
    "IR": (("رضایی", "محمدی", "حسینی", "احمدی", "کریمی", "موسوی"), ("مریم", "علی", "زهرا", "حسین", "فاطمه", "رضا")),
    "TR": (
        ("Yılmaz", "Öztürk", "Çelik", "Şahin", "Aydın", "Doğan", "İnce", "Ünal", "Işık", "Güneş", "YILDIZ", "ÇİFTÇİ"),
        ("İbrahim", "Şule", "Ümit", "Ilgaz", "Gülşen", "Ömer", "Işıl", "Çağrı", "İPEK", "ÖZGÜR"),
    ),
    "IN": (("शर्मा", "पटेल", "गुप्ता", "सिंह"), ("प्रिया", "राजेश", "अंजलि", "विक्रम")),
    "BD": (("রহমান", "হোসেন", "ইসলাম", "আহমেদ"), ("নুসরাত", "তানভীর", "শারমিন", "কামরুল")),
    "LA": (("ພົມມະວົງ", "ສີສຸພັນ", "ແກ້ວມະນີ"), ("ບຸນມີ", "ສົມພອນ", "ແສງດາວ")),
    "KH": (("សុខ", "ចាន់", "កែវ", "ហេង"), ("សុភា", "វុទ្ធី", "បុប្ផា", "ដារា")),
    "JP": (("佐藤", "鈴木", "高橋", "田中", "伊藤"), ("陽子", "健太", "美咲", "翔", "由美")),
    "TW": (("陳", "林", "黃", "張", "王"), ("淑芬", "志豪", "雅婷", "家宏", "美玲")),
    "VN": (
        ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng"),
        ("Thị Hương", "Văn Đức", "Thu Trang", "Minh Tuấn", "Ngọc Ánh"),
    ),
}


def family_names(country: str) -> tuple[str, ...]:
    return POOLS[country].family + NATIVE.get(country, ((), ()))[0]


def given_names(country: str) -> tuple[str, ...]:
    pool = POOLS[country]
    return pool.female + pool.male + NATIVE.get(country, ((), ()))[1]


def organizations(country: str) -> tuple[str, ...]:
    return POOLS[country].organizations


def npo(country: str) -> str:
    return POOLS[country].npo
