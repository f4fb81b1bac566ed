package dev.claudemigrate.engine.rules.texteditor;

import dev.claudemigrate.catalog.ToolFamily;
import dev.claudemigrate.catalog.ToolVersion;
import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.Placement;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rule.RuleDocs;
import dev.claudemigrate.engine.rule.SdkTypeNames;
import dev.claudemigrate.engine.rule.ToolVersionSets;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.LastAnswer;
import dev.claudemigrate.engine.syntax.Nodes;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Moves the text-editor tool to its Claude 4 version: the {@code type}, the {@code name} that must
 * change with it (in tool definitions, dispatch code and prompts), and SDK type names.
 */
public final class TextEditorToolRule implements Rule {
  static final String OLD_NAME = "str_replace_editor";
  static final RuleInfo INFO =
      RuleDocs.info("text-editor-tool", Category.TOOL, Severity.ERROR, true);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<String> triggers(RuleContext ctx) {
    List<String> out = new ArrayList<>();
    for (ToolVersion v : legacyVersions(ctx)) {
      out.add(v.type());
      out.addAll(SdkTypeNames.triggers(v));
    }
    out.add(OLD_NAME);
    return out;
  }

  @Override
  public List<Finding> check(SourceFile file, RuleContext ctx) {
    // An unknown configured type is the config loader's error to report; the target's default
    // stands in.
    ToolVersion target =
        ctx.catalog()
            .tool(ctx.settings().textEditorType())
            .or(() -> ctx.catalog().tool(ctx.target().textEditorType()))
            .orElseThrow();
    List<int[]> types = new ArrayList<>();
    for (ToolVersion v : legacyVersions(ctx)) {
      TextScan.occurrences(file, v.type())
          .forEach(at -> types.add(new int[] {at, at + v.type().length()}));
    }
    types.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<Integer> names = TextScan.occurrences(file, OLD_NAME);
    List<Integer> stringNames =
        names.stream().filter(n -> file.contextAt(n) != Context.CODE).toList();
    Set<Integer> pairedNames = new HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (int[] type : types) {
      Integer name = ToolPairs.nearestName(file.text(), type, stringNames, types);
      if (name != null) {
        pairedNames.add(name);
        out.add(Placement.settle(pairedNameFinding(file, target, name, type[0]), ctx));
      }
      out.add(Placement.settle(typeFinding(file, target, type, name), ctx));
    }
    for (int name : names) {
      if (!pairedNames.contains(name)) {
        out.add(Placement.settle(nameFinding(file, target, name), ctx));
      }
    }
    Map<ToolVersion, ToolVersion> replaced = new LinkedHashMap<>();
    legacyVersions(ctx).forEach(v -> replaced.put(v, target));
    out.addAll(SdkTypeNames.find(file, ctx, INFO, ToolFamily.TEXT_EDITOR, replaced));
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return ToolVersionSets.settle(file, ctx, List.of(ToolFamily.TEXT_EDITOR), out);
  }

  /** The legacy versions, asked for every file: computed once a run (a run has one context). */
  private static final LastAnswer<List<ToolVersion>> LEGACY = new LastAnswer<>();

  private static List<ToolVersion> legacyVersions(RuleContext ctx) {
    return LEGACY.get(
        ctx,
        null,
        (c, none) ->
            c.catalog().tools().stream()
                .filter(v -> v.family() == ToolFamily.TEXT_EDITOR && v.legacy())
                .toList());
  }

  private static Finding typeFinding(
      SourceFile file, ToolVersion target, int[] type, Integer name) {
    String old = file.text().substring(type[0], type[1]);
    String message =
        "text editor tool type "
            + old
            + " is not accepted by Claude 4; use "
            + target.type()
            + " named "
            + target.name();
    if (file.contextAt(type[0]) == Context.CODE) {
      return Findings.at(
          INFO,
          file,
          type[0],
          type[1],
          message,
          "an identifier, not a string: change it by hand",
          List.of());
    }
    List<Edit> edits = new ArrayList<>();
    edits.add(new Edit(type[0], type[1], target.type()));
    String fix = "replace with " + target.type();
    if (name != null) {
      Edit nameEdit = new Edit(name, name + OLD_NAME.length(), target.name());
      edits.add(name < type[0] ? 0 : 1, nameEdit);
      fix +=
          " and the tool's name " + OLD_NAME + " with " + target.name() + " (they change together)";
    } else {
      fix += "; make sure the tool's name is " + target.name();
    }
    return Findings.at(INFO, file, type[0], type[1], message, fix, edits);
  }

  /**
   * A JavaScript/TypeScript object key ({@code { str_replace_editor: handler }}): a dispatch table
   * entry.
   */
  private static boolean isObjectKey(SourceFile file, int start, int end) {
    Language lang = file.language();
    if (lang != Language.JAVASCRIPT && lang != Language.TYPESCRIPT) {
      return false; // property_identifier is a JavaScript/TypeScript node: no parse for other
      // languages
    }
    return file.syntax()
        .map(
            tree -> {
              TSNode n = tree.nodeAt(start, end);
              TSNode pair = Nodes.parent(n);
              return Nodes.is(n, "property_identifier")
                  && Nodes.is(pair, "pair")
                  && Nodes.same(Nodes.field(pair, "key"), n);
            })
        .orElse(false);
  }

  /** The name of a definition whose type finding carries both edits: reported where it stands. */
  private static Finding pairedNameFinding(
      SourceFile file, ToolVersion target, int at, int typeAt) {
    int line = file.lines().line(typeAt);
    return Findings.at(
        INFO,
        file,
        at,
        at + OLD_NAME.length(),
        "tool name "
            + OLD_NAME
            + " goes with the text editor type at line "
            + line
            + "; Claude 4 requires "
            + target.name(),
        "replaced together with the type by the finding at line " + line,
        List.of());
  }

  private static Finding nameFinding(SourceFile file, ToolVersion target, int at) {
    int end = at + OLD_NAME.length();
    String message =
        "tool name "
            + OLD_NAME
            + " belongs to the old text editor; Claude 4 calls the tool "
            + target.name()
            + ", so code dispatching on this name or prompts naming it must follow";
    if (file.contextAt(at) == Context.CODE && !isObjectKey(file, at, end)) {
      return Findings.at(
          INFO,
          file,
          at,
          end,
          message,
          "an identifier named after the tool: rename it by hand if it handles tool calls",
          List.of());
    }
    return Findings.at(
        INFO,
        file,
        at,
        end,
        message,
        "replace with " + target.name(),
        List.of(new Edit(at, end, target.name())));
  }
}
