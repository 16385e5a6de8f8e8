"""Names in collation order, romanised names from one cell, and pack file names whole."""

import unicodedata

from mission_planner.domain.people import Person
from mission_planner.services.collation import person_key, romanized_line, text_key
from mission_planner.services.export.packs import file_stem
from mission_planner.services.imports.nominations import split_romanized


def test_names_sort_by_collation_not_code_point():
    names = ["Zhou", "Şahin", "Kumar", "Kılıç", "Cruz", "Çelik", "Sato", "Smith", "Celik"]

    ordered = sorted(names, key=text_key)

    assert ordered == ["Celik", "Çelik", "Cruz", "Kılıç", "Kumar", "Şahin", "Sato", "Smith", "Zhou"]
    assert sorted(names) != ordered  # code points put Ç and Ş after Z


def test_a_name_in_another_script_sorts_by_its_romanised_form():
    sita = Person("u1", "शर्मा", "सीता", "IN", romanized_family_name="SHARMA", romanized_given_name="SITA")
    people = [
        Person("u2", "Yılmaz", "Şule", "TR"),
        sita,
        Person("u3", "Şahin", "Gökçe", "TR"),
        Person("u4", "Adams", "Jo", "US"),
    ]

    ordered = [person.family_name for person in sorted(people, key=person_key)]

    assert ordered == ["Adams", "Şahin", "शर्मा", "Yılmaz"]
    assert romanized_line(sita) == "SHARMA SITA"
    assert romanized_line(Person("u5", "Yılmaz", "Şule", "TR", romanized_family_name="YILMAZ")) == ""


def test_one_cell_of_a_latin_name_is_split_as_passports_write_it():
    assert split_romanized("SHARMA, Sita Devi", family_first=False) == ("SHARMA", "Sita Devi")
    assert split_romanized("SHARMA Sita", family_first=False) == ("SHARMA", "Sita")
    assert split_romanized("Sita Sharma", family_first=False) == ("Sharma", "Sita")
    assert split_romanized("Kim Min-jun", family_first=True) == ("Kim", "Min-jun")
    assert split_romanized("  ", family_first=True) == ("", "")


def test_pack_file_names_keep_combining_marks_in_nfc():
    decomposed = unicodedata.normalize("NFD", "Nguyễn")
    sita = Person("abcd1234-0000", "शर्मा", "सीता", "IN")

    assert file_stem(sita) == "शर्मा_सीता_abcd1234"
    assert file_stem(Person("u9", decomposed, "Thị Hương", "VN")) == "Nguyễn_Thị-Hương_u9"
    assert unicodedata.is_normalized("NFC", file_stem(Person("u9", decomposed, "A", "VN")))
