"""`presswatch serve --workers`: the parent deals accepted connections to the workers in
turn (the serving itself is tested end to end in test_web_api.py)."""

from __future__ import annotations

import contextlib
import os
import socket
import threading

from presswatch.web.workers import _deal, listening_socket


def test_connections_are_dealt_to_the_workers_in_turn() -> None:
    sock = listening_socket("127.0.0.1", 0)
    pairs = [socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET) for _ in range(2)]
    stopping = threading.Event()
    dealer = threading.Thread(target=_deal, args=(sock, [ours for ours, _ in pairs], stopping),
                              daemon=True)
    dealer.start()
    clients = []
    try:
        for n in range(6):
            client = socket.create_connection(sock.getsockname(), timeout=5)
            client.sendall(f"client {n}".encode())
            clients.append(client)
        seen: list[list[bytes]] = [[], []]
        for worker, (_ours, theirs) in enumerate(pairs):
            theirs.settimeout(5)
            for _ in range(3):
                data, fds, _flags, _addr = socket.recv_fds(theirs, 1, 1)
                assert data == b"c" and len(fds) == 1
                with socket.socket(fileno=fds[0]) as conn:
                    conn.settimeout(5)
                    seen[worker].append(conn.recv(100))
        assert seen == [[b"client 0", b"client 2", b"client 4"],
                        [b"client 1", b"client 3", b"client 5"]]
        theirs = pairs[0][1]
        theirs.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            assert socket.recv_fds(theirs, 1, 1) is None  # nothing more was dealt
    finally:
        stopping.set()
        sock.shutdown(socket.SHUT_RDWR)
        sock.close()
        dealer.join(timeout=5)
        for client in clients:
            client.close()
        for ours, theirs in pairs:
            ours.close()
            theirs.close()
    assert not dealer.is_alive()


def test_a_gone_worker_stops_the_server(monkeypatch) -> None:
    killed = []
    monkeypatch.setattr(os, "kill", lambda pid, sig: killed.append((pid, sig)))
    sock = listening_socket("127.0.0.1", 0)
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    theirs.close()  # the worker is gone
    dealer = threading.Thread(target=_deal, args=(sock, [ours], threading.Event()),
                              daemon=True)
    dealer.start()
    with socket.create_connection(sock.getsockname(), timeout=5):
        dealer.join(timeout=5)
    sock.close()
    ours.close()
    assert not dealer.is_alive() and killed and killed[0][0] == os.getpid()
