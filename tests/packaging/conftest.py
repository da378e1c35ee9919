"""The installed-bundle tests run only on a built bundle: `.ci/run` builds one with
`python3 tasks.py package` after the test suite and then runs
`pytest tests/packaging --bundle dist/Secretariat-VERSION-linux-ARCH.tar.gz`."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--bundle", metavar="TARBALL", default=None,
                     help="the Linux bundle archive built by `python3 tasks.py package`")


@pytest.fixture(scope="session")
def bundle_tarball(request: pytest.FixtureRequest) -> Path:
    value = request.config.getoption("--bundle")
    if not value:
        pytest.skip("needs a built bundle: `python3 tasks.py package`, then "
                    "`pytest tests/packaging --bundle dist/Secretariat-*.tar.gz` (.ci/run does both)")
    path = Path(value)
    if not path.is_file():
        pytest.fail(f"--bundle {path}: no such archive")
    return path
