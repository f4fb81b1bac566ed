package dev.claudemigrate.engine.rules.undoedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * undo-edit rewrites in code: enums, Literal and unions, lists, dispatch branches, per language.
 */
class UndoEditRuleTest {
  private final RewriteTester t = new RewriteTester(new UndoEditRule());

  @Test
  void pythonEnumLiteralSchemaAndElifBranch() {
    List<Finding> f =
        t.rewrites(
            "editor.py",
            """
        from enum import Enum
        from typing import Literal

        class Command(str, Enum):
            VIEW = "view"
            UNDO_EDIT = "undo_edit"  # gone in Claude 4

        Cmd = Literal["view", "create", "undo_edit"]
        SCHEMA = {"command": {"type": "string", "enum": [
            "view",
            "undo_edit",  # revert
            "insert",
        ]}}

        def run(command: str, path: str):
            if command == "view":
                return view(path)
            elif command == "undo_edit":
                return undo_edit(path)
            else:
                raise ValueError(command)

        def undo_edit(path):
            pass
        """,
            """
        from enum import Enum
        from typing import Literal

        class Command(str, Enum):
            VIEW = "view"

        Cmd = Literal["view", "create"]
        SCHEMA = {"command": {"type": "string", "enum": [
            "view",
            "insert",
        ]}}

        def run(command: str, path: str):
            if command == "view":
                return view(path)
            else:
                raise ValueError(command)

        def undo_edit(path):
            pass
        """);
    Finding handler = f.get(f.size() - 1);
    assertTrue(handler.message().contains("left without callers"), handler.message());
    assertTrue(handler.fix().contains("delete it by hand"), handler.fix());
    assertEquals(6, f.size(), f.toString());
    Finding call = f.get(4);
    assertTrue(
        call.message().contains("inside the dispatch branch for undo_edit at line 18"),
        call.message());
    assertTrue(call.edits().isEmpty());
  }

  @Test
  void pythonMatchCaseAndDispatchDictAndAnnotation() {
    t.rewrites(
        "editor.py",
        """
        def run(command: Literal["view", "undo_edit"]):
            match command:
                case "view":
                    return 1
                case "undo_edit":
                    return 2
                case "insert" | "undo_edit":
                    return 3
        HANDLERS = {"view": view, "undo_edit": undo}
        """,
        """
        def run(command: Literal["view"]):
            match command:
                case "view":
                    return 1
                case "insert":
                    return 3
        HANDLERS = {"view": view}
        """);
  }

  @Test
  void javaEnumSwitchAndElseIf() {
    t.rewrites(
        "Editor.java",
        """
        class Editor {
          enum Command {
            VIEW("view"),
            UNDO_EDIT("undo_edit");
            Command(String wire) {}
          }
          int run(String c) {
            switch (c) {
              case "view":
                return 1;
              case "undo_edit":
                return 2;
              default:
                return 0;
            }
          }
          int other(String c) {
            if (c.equals("view")) {
              return 1;
            } else if ("undo_edit".equals(c)) {
              return 2;
            } else {
              return 0;
            }
          }
          List<String> commands = List.of("view", "undo_edit", "insert");
        }
        """,
        """
        class Editor {
          enum Command {
            VIEW("view");
            Command(String wire) {}
          }
          int run(String c) {
            switch (c) {
              case "view":
                return 1;
              default:
                return 0;
            }
          }
          int other(String c) {
            if (c.equals("view")) {
              return 1;
            } else {
              return 0;
            }
          }
          List<String> commands = List.of("view", "insert");
        }
        """);
  }

  @Test
  void typescriptUnionEnumCaseAndElseIf() {
    t.rewrites(
        "editor.ts",
        """
        type Command = "view" | "create" | "undo_edit";
        enum Cmd { View = "view", UndoEdit = "undo_edit" }
        function run(c: Command) {
          switch (c) {
            case "view":
              return 1;
            case "undo_edit":
              return 2;
          }
          if (c === "create") { return 3; } else if (c === "undo_edit") { return 4; }
        }
        """,
        """
        type Command = "view" | "create";
        enum Cmd { View = "view" }
        function run(c: Command) {
          switch (c) {
            case "view":
              return 1;
          }
          if (c === "create") { return 3; }
        }
        """);
  }

  @Test
  void typescriptMultiLineUnion() {
    t.rewrites(
        "editor.ts",
        """
        type Command =
          | "view"
          | "undo_edit";
        """,
        """
        type Command =
          | "view";
        """);
  }

  @Test
  void javascriptSchemaArrayAndSharedCase() {
    t.rewrites(
        "editor.js",
        """
        const schema = { command: { enum: ["view", "undo_edit"] } };
        function run(c) {
          switch (c) {
            case "undo_edit":
            case "str_replace":
              return edit();
            default:
              return 0;
          }
        }
        """,
        """
        const schema = { command: { enum: ["view"] } };
        function run(c) {
          switch (c) {
            case "str_replace":
              return edit();
            default:
              return 0;
          }
        }
        """);
  }

  @Test
  void goConstSliceCasesAndElseIf() {
    t.rewrites(
        "editor.go",
        """
        package editor

        const (
        	CmdView     = "view"
        	CmdUndoEdit = "undo_edit"
        )

        var commands = []string{"view", "undo_edit"}

        func run(c string) int {
        	switch c {
        	case "view", "undo_edit":
        		return 1
        	case CmdUndoEdit:
        		return 2
        	}
        	if c == "x" {
        		return 3
        	} else if c == "undo_edit" {
        		return 4
        	}
        	return 0
        }
        """,
        """
        package editor

        const (
        	CmdView     = "view"
        )

        var commands = []string{"view"}

        func run(c string) int {
        	switch c {
        	case "view":
        		return 1
        	}
        	if c == "x" {
        		return 3
        	}
        	return 0
        }
        """);
  }

  @Test
  void kotlinEnumListAndWhen() {
    t.rewrites(
        "Editor.kt",
        """
        enum class Command(val wire: String) { VIEW("view"), UNDO_EDIT("undo_edit") }
        val commands = listOf("view", "undo_edit")
        fun run(c: String) = when (c) {
            "view", "undo_edit" -> 1
            "undo_edit" -> 2
            else -> 0
        }
        """,
        """
        enum class Command(val wire: String) { VIEW("view") }
        val commands = listOf("view")
        fun run(c: String) = when (c) {
            "view" -> 1
            else -> 0
        }
        """);
  }
}
