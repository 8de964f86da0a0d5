"""Shared fixtures: settings pointed at the repository, resources loaded once per test session."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from frontline.analysis import Resources
from frontline.pipeline import load_resources
from frontline.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent

# Property tests draw the same examples on every run, so a red run means the code changed, not the luck of the
# draw; FRONTLINE_EXPLORE=1 draws new ones.
hypothesis_settings.register_profile("repeatable", derandomize=True)
if not os.environ.get("FRONTLINE_EXPLORE"):
    hypothesis_settings.load_profile("repeatable")


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings(user_file=None)


@pytest.fixture(scope="session")
def resources(settings: Settings) -> Resources:
    return load_resources(str(settings.data_dir))


def live_blog(published: date, *posts: tuple[str, list[str]], title: str = "Ukraine war live") -> str:
    """Text in the bundled corpus's layout: a date line, then a headline line and paragraphs per post."""
    lines = [f"date {published.isoformat()} {title}"]
    for headline, paragraphs in posts:
        lines.append(headline)
        lines.extend(paragraphs)
    return "\n".join(lines) + "\n"
