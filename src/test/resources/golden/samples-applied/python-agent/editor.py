"""Local implementation of the text editor tool commands, confined to one sandbox directory."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Optional

EditorCommand = Literal["view", "create", "str_replace", "insert"]

MAX_VIEW_CHARS = 16_000


class ToolError(Exception):
    """An error reported back to the model as a tool_result with is_error set."""


class Editor:
    """Runs the editor commands the model asks for and keeps a history for undo."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._history: dict[Path, list[str]] = {}

    def handle(self, tool_input: dict) -> str:
        command: EditorCommand = tool_input.get("command")
        path = self._resolve(tool_input.get("path", ""))
        if command == "view":
            return self.view(path, tool_input.get("view_range"))
        elif command == "create":
            return self.create(path, tool_input.get("file_text", ""))
        elif command == "str_replace":
            return self.str_replace(path, tool_input["old_str"], tool_input.get("new_str", ""))
        elif command == "insert":
            return self.insert(path, int(tool_input["insert_line"]), tool_input["new_str"])
        raise ToolError(f"unknown command: {command!r}")

    def view(self, path: Path, view_range: Optional[list[int]] = None) -> str:
        if path.is_dir():
            entries = sorted(p.relative_to(self.root).as_posix() for p in path.iterdir())
            return "\n".join(entries)
        lines = self._read(path).splitlines()
        start, end = (view_range or [1, len(lines)])[:2]
        if end == -1:
            end = len(lines)
        numbered = [f"{n:6}\t{lines[n - 1]}" for n in range(max(start, 1), min(end, len(lines)) + 1)]
        return "\n".join(numbered)[:MAX_VIEW_CHARS]

    def create(self, path: Path, file_text: str) -> str:
        if path.exists():
            raise ToolError(f"{self._rel(path)} already exists; use str_replace to change it")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(file_text, encoding="utf-8")
        return f"created {self._rel(path)}"

    def str_replace(self, path: Path, old_str: str, new_str: str) -> str:
        text = self._read(path)
        count = text.count(old_str)
        if count != 1:
            raise ToolError(f"old_str must occur exactly once in {self._rel(path)}, found {count}")
        self._remember(path, text)
        path.write_text(text.replace(old_str, new_str, 1), encoding="utf-8")
        return f"edited {self._rel(path)}"

    def insert(self, path: Path, insert_line: int, new_str: str) -> str:
        text = self._read(path)
        lines = text.splitlines(keepends=True)
        if not 0 <= insert_line <= len(lines):
            raise ToolError(f"insert_line {insert_line} is outside 0..{len(lines)}")
        self._remember(path, text)
        lines.insert(insert_line, new_str if new_str.endswith("\n") else new_str + "\n")
        path.write_text("".join(lines), encoding="utf-8")
        return f"inserted text after line {insert_line} of {self._rel(path)}"

    def undo_edit(self, path: Path) -> str:
        versions = self._history.get(path)
        if not versions:
            raise ToolError(f"no edit to undo for {self._rel(path)}")
        path.write_text(versions.pop(), encoding="utf-8")
        return f"restored the previous version of {self._rel(path)}"

    def _remember(self, path: Path, text: str) -> None:
        self._history.setdefault(path, []).append(text)

    def _read(self, path: Path) -> str:
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError as err:
            raise ToolError(f"{self._rel(path)} does not exist") from err

    def _resolve(self, raw: str) -> Path:
        path = (self.root / raw.lstrip("/")).resolve()
        if path != self.root and self.root not in path.parents:
            raise ToolError(f"path {raw!r} is outside the sandbox")
        return path

    def _rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix() or "."
