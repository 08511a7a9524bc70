"""Gateway configuration: `config/gateway.toml`, safe defaults, environment overrides.

Every setting has a default that works on a fresh machine. Relative paths are taken
relative to the folder of the config file. Any setting can be overridden with an
environment variable `GATEWAY__SECTION__KEY` (e.g. `GATEWAY__HTTP__PORT=0`);
`GATEWAY_DATABASE_URL` and `GATEWAY_DATA_DIR` are short forms for the common ones.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gateway.errors import ConfigError
from gateway.settings import build, coerce_text

__all__ = ["Config", "load_config"]


@dataclass
class GatewaySection:
    data_dir: str = "var"
    partners_dir: str = "partners"
    demo_data: str = "config/demo-data.toml"  # master data loaded by init; "" for none
    node_name: str = ""
    log_level: str = field(default="info", metadata={"choices": ("debug", "info", "warning")})


@dataclass
class DatabaseSection:
    url: str = ""  # empty: SQLite file in data_dir
    pool_size: int = 5
    echo: bool = False


@dataclass
class StationSection:
    """Our own identities, as partners address us."""

    name: str = "Demo Distribution Inc"
    isa_qualifier: str = "ZZ"
    isa_id: str = "DEMODIST"
    gs_id: str = "DEMODIST"
    edifact_id: str = "DEMODIST"
    edifact_qualifier: str = "ZZZ"
    as2_name: str = "DEMODIST"
    email: str = "orders@demodist.example"


@dataclass
class HttpSection:
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = 8080
    tls_port: int | None = None
    tls_cert: str = ""
    tls_key: str = ""


@dataclass
class WorkersSection:
    count: int = 2  # worker threads per process
    # `gateway worker` processes `gateway serve` runs beside itself; 0: its own threads work
    processes: int = 0
    lease_seconds: float = 30.0
    poll_interval: float = 0.2
    max_attempts: int = 6
    backoff_base: float = 2.0
    backoff_max: float = 900.0
    batch_size: int = 20
    # after a batch that did not fill, wait this long before claiming again (0: at once)
    linger: float = 0.05


@dataclass
class LimitsSection:
    max_message_bytes: int = 50 * 1024 * 1024
    max_line_items: int = 100_000
    duplicate_interchange_days: int = 30


@dataclass
class SmtpRelaySection:
    host: str = "127.0.0.1"
    port: int = 25
    starttls: bool = False
    username: str = ""
    password: str = ""
    sender: str = "orders@demodist.example"


@dataclass
class Config:
    gateway: GatewaySection = field(default_factory=GatewaySection)
    database: DatabaseSection = field(default_factory=DatabaseSection)
    station: StationSection = field(default_factory=StationSection)
    http: HttpSection = field(default_factory=HttpSection)
    workers: WorkersSection = field(default_factory=WorkersSection)
    limits: LimitsSection = field(default_factory=LimitsSection)
    smtp_relay: SmtpRelaySection = field(default_factory=SmtpRelaySection)
    # Sections added by other channels register here (see `register_section`).
    extra: dict[str, Any] = field(default_factory=dict)
    base_dir: Path = field(default_factory=Path.cwd)
    source: str = "<defaults>"

    @property
    def data_dir(self) -> Path:
        return (self.base_dir / os.environ.get("GATEWAY_DATA_DIR", self.gateway.data_dir)).resolve()

    @property
    def partners_dir(self) -> Path:
        return (self.base_dir / self.gateway.partners_dir).resolve()

    @property
    def database_url(self) -> str:
        url = os.environ.get("GATEWAY_DATABASE_URL") or self.database.url
        return url or f"sqlite:///{self.data_dir / 'gateway.db'}"

    def section(self, name: str) -> Any:
        """A channel's section; its defaults if the file had none (or was read before the
        channel registered it)."""
        if name not in self.extra and name in _EXTRA_SECTIONS:
            self.extra[name] = _EXTRA_SECTIONS[name]()
        return self.extra[name]


_EXTRA_SECTIONS: dict[str, type] = {}


def register_section(name: str, cls: type) -> None:
    """Let a channel module add its own `[name]` section with its own defaults."""
    _EXTRA_SECTIONS[name] = cls


def _default_path() -> Path | None:
    env = os.environ.get("GATEWAY_CONFIG")
    if env:
        return Path(env)
    candidate = Path.cwd() / "config" / "gateway.toml"
    return candidate if candidate.exists() else None


def _apply_env(data: dict[str, Any], sections: dict[str, type]) -> None:
    for name, value in os.environ.items():
        if not name.startswith("GATEWAY__"):
            continue
        parts = name[len("GATEWAY__") :].lower().split("__")
        if len(parts) != 2 or parts[0] not in sections:
            raise ConfigError(f"environment variable {name} names no setting")
        section, key = parts
        hints = typing.get_type_hints(sections[section])
        if key not in hints:
            raise ConfigError(f"environment variable {name} names no setting")
        data.setdefault(section, {})[key] = coerce_text(value, hints[key])


def load_config(path: str | Path | None = None) -> Config:
    """Load the config file (or defaults), apply environment overrides, validate everything."""
    cfg_path = Path(path) if path else _default_path()
    data: dict[str, Any] = {}
    file = "<defaults>"
    base = Path.cwd()
    if cfg_path is not None:
        file = str(cfg_path)
        try:
            data = tomllib.loads(cfg_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError("config file not found", file=file) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"not valid TOML: {exc}", file=file) from None
        # config/gateway.toml lives one level below the project root
        base = cfg_path.resolve().parent.parent
    core = {f.name: f.type for f in dataclasses.fields(Config) if f.name not in _NON_SECTIONS}
    hints = typing.get_type_hints(Config)
    sections: dict[str, type] = {n: hints[n] for n in core} | _EXTRA_SECTIONS
    _apply_env(data, sections)
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for name, value in data.items():
        if name not in sections:
            raise ConfigError(
                f"unknown section (known: {', '.join(sorted(sections))})", file=file, key=name
            )
        if not isinstance(value, dict):
            raise ConfigError("expected a table", file=file, key=name)
        built = build(sections[name], value, file=file, prefix=name)
        (kwargs if name in core else extra)[name] = built
    for name, cls in _EXTRA_SECTIONS.items():
        extra.setdefault(name, cls())
    return Config(**kwargs, extra=extra, base_dir=base, source=file)


_NON_SECTIONS = {"extra", "base_dir", "source"}
