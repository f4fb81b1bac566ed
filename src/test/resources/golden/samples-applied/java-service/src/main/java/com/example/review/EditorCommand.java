package com.example.review;

import java.util.Arrays;

/** The commands of the file-editing tool, with their names on the wire. */
public enum EditorCommand {
  VIEW("view"),
  CREATE("create"),
  STR_REPLACE("str_replace"),
  INSERT("insert");

  private final String wireName;

  EditorCommand(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** Whether the command changes a file (and therefore needs a backup first). */
  public boolean mutates() {
    return this == CREATE || this == STR_REPLACE || this == INSERT;
  }

  public static EditorCommand fromWire(String value) {
    return Arrays.stream(values())
        .filter(c -> c.wireName.equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown editor command: " + value));
  }
}
