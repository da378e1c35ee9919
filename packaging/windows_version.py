"""The Windows version resource (file properties → Details) built from the package version."""

from __future__ import annotations


def version_resource(version: str):  # -> PyInstaller.utils.win32.versioninfo.VSVersionInfo
    """A VSVersionInfo for *version* ("0.1.0"); imported only by the PyInstaller spec."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo, StringFileInfo, StringStruct, StringTable, VarFileInfo, VarStruct, VSVersionInfo)

    numbers = tuple((list(int(part) for part in version.split(".")[:3]) + [0, 0, 0, 0])[:4])
    strings = [
        StringStruct("CompanyName", "Secretariat"),
        StringStruct("FileDescription", "Secretariat: records of the Interministerial Commission"),
        StringStruct("FileVersion", version),
        StringStruct("InternalName", "Secretariat"),
        StringStruct("LegalCopyright", "Secretariat"),
        StringStruct("OriginalFilename", "Secretariat.exe"),
        StringStruct("ProductName", "Secretariat"),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers, mask=0x3F, flags=0x0, OS=0x40004,
                          fileType=0x1, subtype=0x0, date=(0, 0)),
        kids=[StringFileInfo([StringTable("040904B0", strings)]), VarFileInfo([VarStruct("Translation", [1033, 1200])])],
    )
