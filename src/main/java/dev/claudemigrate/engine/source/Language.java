package dev.claudemigrate.engine.source;

import java.util.Locale;

/** The languages and file formats the scanner reads, each with how it is parsed. */
public enum Language {
  PYTHON(true),
  JAVA(true),
  JAVASCRIPT(true),
  TYPESCRIPT(true),
  GO(true),
  KOTLIN(true),
  /** Rust ({@code .rs}): the AWS SDK for Rust and its builders. */
  RUST(true),
  /** C# ({@code .cs}): the AWS SDK for .NET ({@code AWSSDK.BedrockRuntime}) and its requests. */
  CSHARP(true),
  /**
   * Code in a language without a grammar here (Ruby, PHP, Swift, Dart, Scala, Groovy, Elixir, Lua,
   * C/C++, ...): its comments and strings found lexically ({@link LexicalCode}).
   */
  OTHER_CODE(false),
  /**
   * HTML, XML, Vue, Svelte and Astro: comments, script blocks, attribute values ({@link Markup}).
   */
  MARKUP(false),
  JSON(false),
  YAML(false),
  DOTENV(false),
  PROPERTIES(false),
  /** TOML ({@code samconfig.toml}, {@code fly.toml}, {@code pyproject.toml}): '#' comments. */
  TOML(false),
  TERRAFORM(false),
  MARKDOWN(false),
  NOTEBOOK(false),
  /** Shell scripts and Dockerfiles: read lexically, '#' comments, the rest values. */
  SHELL(false),
  /** Plain-text documentation ({@code .txt}, {@code .rst}, {@code llms.txt}): prose. */
  PROSE(false),
  /** Any other text file the user asked for with --include; matched lexically only. */
  TEXT(false);

  private final boolean code;

  Language(boolean code) {
    this.code = code;
  }

  /** Whether this is a programming language with a tree-sitter grammar. */
  public boolean isCode() {
    return code;
  }

  /**
   * Whether values in this format are configuration (JSON, YAML, .env, properties, TOML,
   * Terraform).
   */
  public boolean isConfig() {
    return this == JSON
        || this == YAML
        || this == DOTENV
        || this == PROPERTIES
        || this == TOML
        || this == TERRAFORM;
  }

  /** The kebab-case name used in output. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
