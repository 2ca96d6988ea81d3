"""Prefect's run logger inside a flow or task run (its logs go to the Prefect UI), a plain logger outside
(a task's logic called directly with `task.fn()`)."""

from __future__ import annotations

import logging
from typing import Any

from prefect import get_run_logger
from prefect.exceptions import MissingContextError


def run_logger() -> logging.Logger | logging.LoggerAdapter[Any]:
    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger("congvan.flows")
