from mission_planner.domain.text import fold, name_key


def test_turkish_names_match_in_any_case():
    assert fold("YILMAZ") == fold("Yılmaz") == fold("yilmaz")
    assert fold("İSMAİL") == fold("İsmail") == fold("ismail")


def test_accents_and_spacing_do_not_matter():
    assert fold("Öztürk") == fold("OZTURK")
    assert name_key("Nguyễn  Thị") == name_key("nguyen thi")


def test_scripts_without_case_are_kept_comparable():
    assert fold("김민준") == fold("김민준")
    assert fold("김민준") != fold("김민수")
    assert fold("Бат-Эрдэнэ") == fold("БАТ-ЭРДЭНЭ")
