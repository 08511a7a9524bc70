"""Wiring: config + partners + database -> runtime, listeners and workers in one reactor."""

from __future__ import annotations

import gc
import signal
from dataclasses import dataclass, field
from typing import Any

from gateway.canonical import Order
from gateway.config import Config, load_config
from gateway.flows.x12 import handle_x12
from gateway.logs import get_logger, log_event, setup_logging
from gateway.pipeline import (
    Runtime,
    deliver,
    order_handler,
    order_preparer,
    process_inbound,
    process_inbound_batch,
)
from gateway.profiles import load_partners
from gateway.store.db import Database

__all__ = ["build_runtime", "freeze_startup_objects", "serve"]

_log = get_logger("app")

# Channel and standard modules beyond the spine. Each may define:
#   install(rt)                  register format handlers, document handlers, deliverers, jobs
#   http_routes(rt) -> dict      extra twisted.web resources beside the API
#   listen(rt, reactor, listening) -> dict[str, int]   extra listeners, with their ports
#   init(rt) -> list[str]        `gateway init` work (keys, certificates), lines to print
# Importing one also registers its config and profile sections.
FEATURES: list[str] = [
    "gateway.flows.x12",  # X12 engine: 997/999/TA1 in and out, renderers
    "gateway.flows.oms",  # order-management flow: responses, ship requests, invoices out
    "gateway.flows.purchasing",  # buy route: scheduled PO sends, vendor ship notices
    "gateway.flows.edifact",
    "gateway.features.xmlcsv",
    "gateway.as2.feature",
    "gateway.channels",
]


def load_features() -> list[Any]:
    import importlib

    return [importlib.import_module(name) for name in FEATURES]


def freeze_startup_objects() -> None:
    """Put what start-up loaded (modules, specs, schema bindings, metadata) out of the
    garbage collector's sight: its full collections rescanned all of it again and again,
    about 0.15 ms of every order a worker processed."""
    gc.collect()
    gc.freeze()


def run_init_hooks(rt: Runtime) -> list[str]:
    lines: list[str] = []
    for module in load_features():
        hook = getattr(module, "init", None)
        if hook is not None:
            lines.extend(hook(rt))
    return lines


def build_runtime(config: Config | None = None, *, migrate: bool = True) -> Runtime:
    features = load_features()
    config = config or load_config()
    db = Database(
        config.database_url, echo=config.database.echo, pool_size=config.database.pool_size
    )
    if migrate:
        db.migrate()
    partners = load_partners(config.partners_dir)
    rt = Runtime(config=config, db=db, partners=partners)
    rt.formats["x12"] = handle_x12
    rt.documents[Order] = order_handler
    rt.preparers[order_handler] = order_preparer
    rt.job_kinds["inbound"] = process_inbound
    rt.job_kinds["deliver"] = deliver
    rt.job_batches["inbound"] = process_inbound_batch
    for module in features:
        install = getattr(module, "install", None)
        if install is not None:
            install(rt)
    return rt


@dataclass
class Listening:
    """What `start_listeners` opened, with the ports actually bound (port 0 in tests)."""

    ports: dict[str, int] = field(default_factory=dict)
    handles: list[Any] = field(default_factory=list)


def start_listeners(rt: Runtime, reactor: Any) -> Listening:
    from gateway.protocols.http import build_site

    out = Listening()
    http = rt.config.http
    if http.enabled:
        extra = {}
        for module in load_features():
            routes = getattr(module, "http_routes", None)
            if routes is not None:
                extra.update(routes(rt))
        site = build_site(
            rt.db, rt.partners, max_body=rt.config.limits.max_message_bytes, extra=extra
        )
        port = reactor.listenTCP(http.port, site, interface=http.host)
        out.ports["http"] = port.getHost().port
        out.handles.append(port)
    for module in load_features():
        listen = getattr(module, "listen", None)
        if listen is not None:
            out.ports.update(listen(rt, reactor, out))
    return out


def serve(config: Config, *, workers: int | None = None, ready_file: str | None = None) -> int:
    """Run listeners and in-process workers until SIGTERM/SIGINT; return the exit code."""
    from gateway import reactor as _r

    _r.install()
    from twisted.internet import reactor

    from gateway.worker import WorkerPool

    setup_logging(config.gateway.log_level)
    rt = build_runtime(config)
    children = None
    if config.workers.processes > 0:
        from gateway.supervisor import WorkerProcesses

        children = WorkerProcesses(config, config.workers.processes)
        if workers is None:  # the children do the work unless threads are asked for here too
            workers = 0
    pool = WorkerPool(rt, count=workers)
    listening = start_listeners(rt, reactor)
    for name, port in listening.ports.items():
        log_event(_log, "listening", channel=name, host=config.http.host, port=port)
    freeze_startup_objects()
    if ready_file:
        import json
        from pathlib import Path

        Path(ready_file).write_text(json.dumps(listening.ports))
    pool.start()

    def shutdown(*_args: object) -> None:
        log_event(_log, "shutdown.requested")
        reactor.callFromThread(reactor.stop)

    signal.signal(signal.SIGTERM, shutdown)
    signal.signal(signal.SIGINT, shutdown)
    reactor.run(installSignalHandlers=False)
    for h in listening.handles:
        h.stopListening()
    pool.stop()
    if children is not None:
        children.stop()
    rt.db.dispose()
    log_event(_log, "shutdown.complete")
    return 0
