"""Checks: active rules × trips → findings with evidence and an explanation."""
