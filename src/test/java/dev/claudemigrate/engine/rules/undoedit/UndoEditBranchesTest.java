package dev.claudemigrate.engine.rules.undoedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * undo-edit on branch shapes: first branches, shared and fall-through cases, constants used by
 * cases.
 */
class UndoEditBranchesTest {
  private final RewriteTester t = new RewriteTester(new UndoEditRule());

  @Test
  void pythonFirstIfBranchHandsOverToElif() {
    t.rewrites(
        "editor.py",
        """
        def run(command):
            if command == "undo_edit":
                return 0
            elif command == "view":
                return 1
            elif command == "undo_edit":
                return 2
            # insert takes insert_text
            elif command == "insert":
                return 3
        """,
        """
        def run(command):
            if command == "view":
                return 1
            # insert takes insert_text
            elif command == "insert":
                return 3
        """);
  }

  @Test
  void javaFallThroughLabelAndArrowRules() {
    t.rewrites(
        "Editor.java",
        """
        class Editor {
          void run(String c) {
            switch (c) {
              case "insert":
              case "undo_edit":
                write();
                break;
            }
            switch (c) {
              case "view", "undo_edit" -> read();
              case "undo_edit" -> undo();
              default -> {}
            }
          }
        }
        """,
        """
        class Editor {
          void run(String c) {
            switch (c) {
              case "insert":
                write();
                break;
            }
            switch (c) {
              case "view" -> read();
              default -> {}
            }
          }
        }
        """);
  }

  @Test
  void javaEnumConstantStillUsedIsReported() {
    List<Finding> f =
        t.findings(
            "Editor.java",
            """
        class Editor {
          enum Command { VIEW("view"), UNDO_EDIT("undo_edit") }
          Command last = Command.UNDO_EDIT;
        }
        """);
    assertTrue(f.stream().noneMatch(Finding::fixable), f.toString());
    assertTrue(f.get(0).fix().contains("still used"), f.get(0).fix());
  }

  @Test
  void constantAndTheCaseUsingItAreOneFinding() {
    List<Finding> f =
        t.rewrites(
            "editor.go",
            """
        package editor

        const (
        	CmdView     = "view"
        	CmdUndoEdit = "undo_edit"
        )

        func run(c string) int {
        	switch c {
        	case CmdView:
        		return 1
        	case CmdUndoEdit:
        		return 2
        	}
        	return 0
        }
        """,
            """
        package editor

        const (
        	CmdView     = "view"
        )

        func run(c string) int {
        	switch c {
        	case CmdView:
        		return 1
        	}
        	return 0
        }
        """);
    assertEquals(2, f.get(0).edits().size(), f.toString());
    assertTrue(f.get(1).fix().contains("finding at line 5"), f.get(1).fix());
  }

  @Test
  void firstIfBranchHandsOverToTheElseIfInJavaGoAndJavascript() {
    t.rewrites(
        "Editor.java",
        """
        class Editor {
          int run(String c) {
            if ("undo_edit".equals(c)) {
              return 0;
            } else if (c.equals("view")) {
              return 1;
            }
            return 2;
          }
        }
        """,
        """
        class Editor {
          int run(String c) {
            if (c.equals("view")) {
              return 1;
            }
            return 2;
          }
        }
        """);
    t.rewrites(
        "editor.go",
        """
        package editor

        func run(c string) int {
        	if c == "undo_edit" {
        		return 0
        	} else if c == "view" {
        		return 1
        	}
        	return 2
        }
        """,
        """
        package editor

        func run(c string) int {
        	if c == "view" {
        		return 1
        	}
        	return 2
        }
        """);
    t.rewrites(
        "editor.js",
        """
        function run(c) {
          if (c === "a") {
            return 1;
          } else if (c === "undo_edit") {
            return 2;
          } else if (c === "b") {
            return 3;
          }
        }
        """,
        """
        function run(c) {
          if (c === "a") {
            return 1;
          } else if (c === "b") {
            return 3;
          }
        }
        """);
  }

  @Test
  void kotlinWhenEntryWithABlock() {
    t.rewrites(
        "Editor.kt",
        """
        fun run(c: String): Int {
            return when (c) {
                "undo_edit" -> {
                    log("undo")
                    2
                }
                else -> 0
            }
        }
        """,
        """
        fun run(c: String): Int {
            return when (c) {
                else -> 0
            }
        }
        """);
  }
}
