"""Vocabulary of the generator: fictional people, titles, units, provinces and countries.

Every person produced here is invented: names are drawn at random from common Vietnamese family,
middle and given names, so any resemblance to a real official is chance.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh"]
FAMILY += ["Lương", "Triệu", "Hà", "Lục", "Nông", "Mai", "Tạ", "Quách"]
MIDDLE_MALE = ["Văn", "Đức", "Quang", "Minh", "Hữu", "Công", "Xuân", "Thanh", "Mạnh", "Tiến", "Đình", "Ngọc"]
MIDDLE_FEMALE = ["Thị", "Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Thùy", "Phương", "Lan"]
GIVEN_MALE = ["Hùng", "Dũng", "Tuấn", "Thắng", "Cường", "Khánh", "Long", "Quý", "Sơn", "Trường", "Nghĩa", "Hiếu"]
GIVEN_MALE += ["Toàn", "Lộc", "Việt", "Đạt", "Phúc", "Thành", "Kiên", "Bình", "Duẩn", "Hưởng", "Thịnh", "Vượng"]
GIVEN_FEMALE = ["Hoa", "Lan", "Hương", "Thảo", "Nga", "Huyền", "Trang", "Yến", "Liên", "Hằng", "Thủy", "Oanh"]
GIVEN_FEMALE += ["Diệp", "Loan", "Nhung", "Quyên", "Vân", "Ngân"]

RANKS = ["Thượng tá", "Trung tá", "Đại tá", "Thiếu tá"]

PROVINCES = [
    "Lạng Sơn",
    "Cao Bằng",
    "Quảng Trị",
    "Bình Dương",
    "Quảng Ninh",
    "Hà Giang",
    "Nghệ An",
    "Thái Nguyên",
    "Tây Ninh",
    "Đắk Lắk",
    "Phú Thọ",
    "Khánh Hòa",
    "Bắc Giang",
    "Thừa Thiên Huế",
]


@dataclass(frozen=True)
class Unit:
    """A state or party body: its name as written in running text and its header line(s)."""

    name: str  # "Sở Ngoại vụ"
    header: tuple[str, ...]  # ("SỞ NGOẠI VỤ",)
    abbr: str  # issuer part of a number: "SNV"
    head: str  # title of its head: "Giám đốc"
    deputy: str  # "Phó Giám đốc"
    party: bool = False


DEPARTMENTS = [
    Unit("Sở Ngoại vụ", ("SỞ NGOẠI VỤ",), "SNV", "Giám đốc", "Phó Giám đốc"),
    Unit("Sở Công Thương", ("SỞ CÔNG THƯƠNG",), "SCT", "Giám đốc", "Phó Giám đốc"),
    Unit("Sở Nội vụ", ("SỞ NỘI VỤ",), "SNV", "Giám đốc", "Phó Giám đốc"),
    Unit("Sở Tài chính", ("SỞ TÀI CHÍNH",), "STC", "Giám đốc", "Phó Giám đốc"),
    Unit("Sở Kế hoạch và Đầu tư", ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ",), "SKHĐT", "Giám đốc", "Phó Giám đốc"),
    Unit("Sở Nông nghiệp và Môi trường", ("SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"), "SNNMT", "Giám đốc", "Phó Giám đốc"),
    Unit(
        "Sở Văn hóa, Thể thao và Du lịch", ("SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"), "SVHTTDL", "Giám đốc", "Phó Giám đốc"
    ),
    Unit("Sở Giáo dục và Đào tạo", ("SỞ GIÁO DỤC VÀ ĐÀO TẠO",), "SGDĐT", "Giám đốc", "Phó Giám đốc"),
    Unit("Sở Y tế", ("SỞ Y TẾ",), "SYT", "Giám đốc", "Phó Giám đốc"),
    Unit(
        "Ban Quản lý Khu kinh tế cửa khẩu",
        ("BAN QUẢN LÝ KHU KINH TẾ", "CỬA KHẨU"),
        "BQL",
        "Trưởng ban",
        "Phó Trưởng ban",
    ),
]

PARTY_BOARDS = [
    Unit("Ban Tổ chức Tỉnh ủy", ("BAN TỔ CHỨC",), "BTCTU", "Trưởng ban", "Phó Trưởng ban", party=True),
    Unit("Ban Tuyên giáo Tỉnh ủy", ("BAN TUYÊN GIÁO",), "BTGTU", "Trưởng ban", "Phó Trưởng ban", party=True),
    Unit("Ủy ban Kiểm tra Tỉnh ủy", ("ỦY BAN KIỂM TRA",), "UBKTTU", "Chủ nhiệm", "Phó Chủ nhiệm", party=True),
    Unit("Văn phòng Tỉnh ủy", ("VĂN PHÒNG",), "VPTU", "Chánh Văn phòng", "Phó Chánh Văn phòng", party=True),
]

ENTERPRISES = [
    "Công ty Cổ phần Thương mại Hoàng Sơn",
    "Tập đoàn Xây dựng Đông Bắc",
    "Công ty TNHH Xuất nhập khẩu Bình An",
    "Công ty Cổ phần Đầu tư Phú Hưng",
]


@dataclass(frozen=True)
class Country:
    """A destination: the canonical Vietnamese name (ground truth), spellings documents use, ISO code."""

    name: str
    code: str
    spellings: tuple[str, ...]
    cities: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()


COUNTRIES = [
    Country("Nhật Bản", "JP", ("Nhật Bản",), ("Tokyo", "Osaka", "Fukuoka"), ("tỉnh Shizuoka", "tỉnh Tottori")),
    Country("Hàn Quốc", "KR", ("Hàn Quốc",), ("Seoul", "Busan"), ("tỉnh Gyeonggi", "thành phố Daegu")),
    Country(
        "Xinh-ga-po", "SG", ("Xinh-ga-po", "Singapore"), ("Singapore",), ("Cơ quan Xúc tiến Doanh nghiệp Xinh-ga-po",)
    ),
    Country("Hoa Kỳ", "US", ("Hoa Kỳ",), ("Washington", "San Francisco"), ("bang Oregon",)),
    Country("Liên bang Nga", "RU", ("Liên bang Nga",), ("Mát-xcơ-va",), ("tỉnh Ulyanovsk",)),
    Country(
        "Lào", "LA", ("CHDCND Lào", "Lào"), ("Viêng Chăn", "Luông Pha-băng"), ("tỉnh Phông-sa-lỳ", "tỉnh Hủa Phăn")
    ),
    Country("Campuchia", "KH", ("Vương quốc Campuchia", "Campuchia"), ("Phnôm Pênh",), ("tỉnh Xiêm Riệp",)),
    Country("Trung Quốc", "CN", ("Trung Quốc",), ("Nam Ninh", "Bắc Kinh"), ("Khu tự trị dân tộc Choang Quảng Tây",)),
    Country("Thái Lan", "TH", ("Thái Lan",), ("Băng Cốc",), ("tỉnh Khon Kaen",)),
    Country("Pháp", "FR", ("Cộng hòa Pháp", "Pháp"), ("Paris",), ("vùng Normandie",)),
    Country("Đức", "DE", ("Cộng hòa Liên bang Đức", "Đức"), ("Berlin",), ("bang Sachsen",)),
    Country("Ô-xtrây-li-a", "AU", ("Ô-xtrây-li-a",), ("Sydney",), ("bang Nam Úc",)),
    Country("Anh", "GB", ("Vương quốc Anh", "Anh"), ("Luân Đôn",), ("hạt Kent",)),
]

COUNTRY_BY_CODE = {country.code: country for country in COUNTRIES}


@dataclass(frozen=True)
class Official:
    """A fictional person with a title held in a unit."""

    name: str
    title: str
    unit: str
    female: bool = False

    @property
    def honorific(self) -> str:
        return "bà" if self.female else "ông"


def person_name(rng: random.Random, female: bool | None = None) -> tuple[str, bool]:
    """A random three-part name with full diacritics, and whether it is a woman's name."""
    if female is None:
        female = rng.random() < 0.35
    middle = rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE)
    given = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
    return f"{rng.choice(FAMILY)} {middle} {given}", female


def official(rng: random.Random, title: str, unit: str, used: set[str] | None = None) -> Official:
    """A fictional official, never reusing a name already in `used` (which is updated)."""
    while True:
        name, female = person_name(rng)
        if used is None or name not in used:
            break
    if used is not None:
        used.add(name)
    return Official(name, title, unit, female)
