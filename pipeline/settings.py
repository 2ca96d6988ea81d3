"""One typed settings model, read once and passed down.

Precedence: command-line options > environment (`CONGVAN_*`) > `congvan.toml` in the working
directory > defaults.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from pipeline.errors import CongvanError
from schemas.errors import ErrorCode

DEFAULT_KEY_LEADER_TITLES = (
    "Giám đốc",
    "Trưởng ban",
    "Chủ tịch",
    "Bí thư",
    "Thủ trưởng",
    "Chánh Văn phòng",
    "Tổng Giám đốc",
    "Cục trưởng",
    "Vụ trưởng",
    "Hiệu trưởng",
    "Viện trưởng",
)


class Settings(BaseSettings):
    """Where congvan keeps its data and how it runs."""

    model_config = SettingsConfigDict(env_prefix="CONGVAN_", toml_file="congvan.toml", extra="forbid")

    db: Path = Field(default=Path("congvan.duckdb"), description="the DuckDB database file")
    inbox: Path = Field(default=Path("inbox"), description="folder the archivists drop files into")
    reports: Path = Field(default=Path("reports"), description="folder for the nightly reports")
    ocr_language: str = Field(default="vie", description="tesseract language; 'vie' alone keeps diacritics")
    ocr_dpi: int = Field(default=300, description="resolution scanned PDF pages are rendered at")
    ocr_workers: int = Field(default=os.cpu_count() or 1, description="parallel tesseract processes")
    ocr_timeout_s: float = Field(
        default=180.0,
        description="seconds tesseract may spend on one page; past it the page is left empty with an ocr.timeout "
        "error (as OCRmyPDF's --tesseract-timeout); 0: no limit",
    )
    max_image_pixels: int = Field(
        default=200_000_000, description="larger images and rendered PDF pages are refused as bombs"
    )
    max_text_bytes: int = Field(
        default=5_000_000, description="a file's text larger than this is refused (a dispatch is a few KB)"
    )
    ocr_preprocess: bool = Field(
        default=True, description="deskew and denoise page images before OCR (measured better: docs/benchmarks.md)"
    )
    key_leader_titles: list[str] = Field(default_factory=lambda: list(DEFAULT_KEY_LEADER_TITLES))
    symbol_parts: list[str] = Field(
        default_factory=list,
        description='symbol parts of the office\'s own units ("KTTH", "CTrTT") that OCR\'d document numbers may be '
        "corrected towards, besides the built-in bodies; ingest adds those written in the documents it already holds",
    )
    task_runner: Literal["thread", "process", "dask"] = "thread"
    dask_address: str | None = Field(default=None, description="scheduler address for the dask runner")
    workers: int = Field(default=os.cpu_count() or 1, description="documents the flows process at once")
    load_batch: int = Field(default=16, description="documents the single loader writes per transaction")
    timezone: str = "Asia/Ho_Chi_Minh"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))


class SettingsError(CongvanError):
    """congvan.toml or a CONGVAN_* variable holds an unknown key or a value of the wrong type."""

    code = ErrorCode.SETTINGS_INVALID
    exit_code = 2

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def check_settings() -> Settings:
    """The settings, or `SettingsError` listing each problem on its own line: where it is, the key, what is
    wrong (instead of pydantic's traceback)."""
    try:
        return Settings()
    except ValidationError as error:
        problems = []
        for item in error.errors():
            key = ".".join(str(part) for part in item["loc"])
            variable = f"CONGVAN_{key.upper()}"
            where = variable if variable in os.environ else "congvan.toml"
            if item["type"] == "extra_forbidden":
                known = ", ".join(sorted(Settings.model_fields))
                problems.append(f"{where}: unknown key {key!r} (known keys: {known})")
            else:
                problems.append(f"{where}: {key}: {item['msg']} (got {item.get('input')!r})")
        raise SettingsError(problems) from error
