"""One settings object; defaults live in settings.toml beside this module."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontline.errors import FrontlineError

DEFAULTS_FILE = Path(__file__).with_name("settings.toml")
PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    """Frontline's settings, read from the defaults file and an optional user file."""

    values: dict[str, dict[str, Any]]
    root: Path = PROJECT_ROOT

    def get(self, section: str, key: str) -> Any:
        return self.values[section][key]

    def path(self, key: str) -> Path:
        """A path setting, resolved against the project root when relative."""
        p = Path(self.values["paths"][key])
        return p if p.is_absolute() else self.root / p

    @property
    def data_dir(self) -> Path:
        return self.path("data_dir")

    @property
    def corpus_dir(self) -> Path:
        return self.path("corpus_dir")

    @property
    def out_dir(self) -> Path:
        return self.path("out_dir")


def _merge(defaults: dict, override: dict, source: str) -> dict:
    merged = {section: dict(values) for section, values in defaults.items()}
    for section, values in override.items():
        if section not in merged or not isinstance(values, dict):
            raise FrontlineError(f"{source}: unknown settings section [{section}]")
        for key, value in values.items():
            if key not in merged[section]:
                raise FrontlineError(f"{source}: unknown setting {section}.{key}")
            merged[section][key] = value
    return merged


def load_settings(user_file: Path | None = None, **overrides: dict[str, Any]) -> Settings:
    """Defaults, then the user file (argument, $FRONTLINE_SETTINGS or ./frontline.toml), then overrides."""
    values = tomllib.loads(DEFAULTS_FILE.read_text(encoding="utf-8"))
    if user_file is None:
        env = os.environ.get("FRONTLINE_SETTINGS")
        candidate = Path(env) if env else Path.cwd() / "frontline.toml"
        user_file = candidate if candidate.is_file() else None
    if user_file is not None:
        try:
            user = tomllib.loads(user_file.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise FrontlineError(f"{user_file}: cannot read settings: {exc}") from exc
        values = _merge(values, user, str(user_file))
    if overrides:
        values = _merge(values, overrides, "overrides")
    return Settings(values=values)
