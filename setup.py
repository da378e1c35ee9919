"""Package layout that pyproject.toml alone cannot say: the top-level `resources/`
folder (fonts and their licence) is installed as the package `secretariat.resources`."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["secretariat", "secretariat.*"])
    + ["secretariat.resources", "secretariat.resources.fonts"],
    package_dir={"secretariat.resources": "resources", "secretariat.resources.fonts": "resources/fonts"},
)
