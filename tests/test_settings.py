"""One settings table: the CLI's option defaults and help, the annotate options and the web
app's limits all come from presswatch.settings."""

from __future__ import annotations

import inspect

from click.testing import CliRunner

from presswatch.annotate import Options
from presswatch.cli import cli
from presswatch.settings import SETTINGS
from presswatch.store.capped import DEFAULT_LIMIT, MAX_LIMIT
from presswatch.store.readonly import READ_TIME_LIMIT
from presswatch.web.app import create_app


def test_every_setting_has_a_help_text_saying_something():
    assert all(len(s.help) > 20 for s in SETTINGS.values())


def test_the_readers_own_limit_is_the_tables():
    from presswatch.reading import DEFAULT_MAX_CHARS

    assert SETTINGS["max_chars"].default == DEFAULT_MAX_CHARS


def test_the_library_and_the_app_read_their_defaults_from_the_table():
    assert (Options().max_chars, Options().n_process, Options().batch_size) == tuple(
        SETTINGS[n].default for n in ("max_chars", "n_process", "batch_size"))
    table = tuple(SETTINGS[n].default for n in ("limit", "max_limit", "read_time_limit"))
    assert table == (DEFAULT_LIMIT, MAX_LIMIT, READ_TIME_LIMIT)
    app_defaults = inspect.signature(create_app).parameters
    assert app_defaults["max_body"].default == SETTINGS["max_body_bytes"].default
    assert app_defaults["time_limit"].default == SETTINGS["read_time_limit"].default


def test_the_cli_options_show_the_tables_defaults_and_help():
    commands = {"annotate": ("--max-chars", "--n-process", "--batch-size"),
                "ingest": ("--max-chars", "--batch-size", "--workers"),
                "serve": ("--workers", "--threads")}
    for name, flags in commands.items():
        options = {o.opts[0]: o for o in cli.commands[name].params if o.opts[0] in flags}
        assert set(options) == set(flags), name
        for flag, option in options.items():
            setting = next(s for s in SETTINGS.values() if s.help == option.help)
            assert option.default == setting.default, (name, flag)


def test_the_settings_command_prints_the_table():
    result = CliRunner().invoke(cli, ["settings", "--format", "json"])
    assert result.exit_code == 0
    assert "max_chars" in result.stdout and "read_time_limit" in result.stdout
