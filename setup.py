"""Package layout that pyproject.toml alone cannot say: the top-level `resources/`
folder (fonts and their licence) is installed as the package `secretariat.resources`;
and the build compiles the translation catalogues (`secretariat/locale/*.ts`) into the
`.qm` files the application loads, with pyside6-lrelease."""

from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
LOCALE = Path("secretariat") / "locale"


class build_py_with_catalogues(build_py):  # noqa: N801 -- setuptools command naming
    def run(self) -> None:
        super().run()
        # An editable install loads the catalogues from the source folder itself.
        target = ROOT / LOCALE if getattr(self, "editable_mode", False) else Path(self.build_lib) / LOCALE
        sources = sorted((ROOT / LOCALE).glob("*.ts"))
        if not sources:
            return
        import sys

        sys.path.insert(0, str(ROOT / LOCALE))
        try:
            # The loader module's own helper; importing the package itself would need its
            # dependencies, which the build environment does not have.
            import importlib.util

            spec = importlib.util.spec_from_file_location("_catalogues", ROOT / LOCALE / "__init__.py")
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
        finally:
            sys.path.pop(0)
        for source in sources:
            qm = target / source.with_suffix(".qm").name
            if not module.compile_catalogue(source, qm):
                raise SystemExit(f"Could not compile {source.name}: pyside6-lrelease (from PySide6) is needed to build.")


setup(
    packages=find_packages(include=["secretariat", "secretariat.*"])
    + ["secretariat.resources", "secretariat.resources.fonts"],
    package_dir={"secretariat.resources": "resources", "secretariat.resources.fonts": "resources/fonts"},
    cmdclass={"build_py": build_py_with_catalogues},
)
