package dev.claudemigrate.engine.rules.undoedit;

import dev.claudemigrate.catalog.ToolFamily;
import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rewrite.ListValues;
import dev.claudemigrate.engine.rewrite.ParseCheck;
import dev.claudemigrate.engine.rewrite.Removals;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.Placement;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rule.RuleDocs;
import dev.claudemigrate.engine.rule.ToolVersionSets;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the text editor's {@code undo_edit} command, which Claude 4 no longer has, from command
 * enums, type unions, schema lists and dispatch branches; reports handlers and other mentions.
 */
public final class UndoEditRule implements Rule {
  static final RuleInfo INFO = RuleDocs.info("undo-edit", Category.TOOL, Severity.ERROR, true);

  /** Words that say a command is gone. */
  private static final Pattern GONE =
      Pattern.compile(
          "(?i)\\b(?:removed|no longer|not (?:supported|available)|unsupported|deprecated|dropped"
              + "|gone|does(?: not|n't) (?:have|support)|has no)\\b");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<String> triggers(RuleContext ctx) {
    return List.of("undo_edit", "UNDO_EDIT", "undoEdit", "UndoEdit");
  }

  @Override
  public List<Finding> check(SourceFile file, RuleContext ctx) {
    if (!Rule.mentionsAny(file.text(), triggers(ctx))) {
      return Rule.none(); // no trigger, nothing to find: do not parse
    }
    List<UndoPlan> plans = file.language().isCode() ? UndoEditCode.plans(file) : valuePlans(file);
    plans = keepDeclaredOnlyWhenUnused(file.text(), withoutNotesOfRemoval(file, plans));
    Map<Integer, BiFunction<String, Integer, List<Edit>>> removers = new LinkedHashMap<>();
    plans.stream()
        .filter(p -> p.remover() != null)
        .forEach(p -> removers.put(p.coverStart(), p.remover()));
    Map<Integer, Removals.Planned> planned =
        joinUsesToDeclarations(file.text(), plans, Removals.plan(file.text(), removers));
    List<Edit> all = new ArrayList<>();
    planned.values().forEach(p -> all.addAll(p.edits()));
    String why =
        ParseCheck.keepsParsing(file, Removals.apply(file.text(), all))
            ? null
            : "removing it would leave the file unparseable: remove it by hand";
    List<Finding> out = new ArrayList<>();
    for (UndoPlan p : plans) {
      Removals.Planned r = p.remover() == null ? null : planned.get(p.coverStart());
      List<Edit> e = r == null || why != null ? List.of() : r.edits();
      String fix =
          r == null
              ? p.why()
              : why != null
                  ? why
                  : Objects.requireNonNullElse(
                      Removals.whyNone(
                          file,
                          r,
                          "it cannot be removed together with the other removals here: remove it by hand"),
                      removal(p));
      if (!e.isEmpty() && !ParseCheck.keepsParsing(file, Removals.apply(file.text(), e))) {
        e = List.of();
        fix = "removing it alone would leave the file unparseable: remove it by hand";
      }
      out.add(Placement.settle(finding(file, p, fix, e), ctx));
    }
    return ToolVersionSets.settleForProject(
        ctx,
        ToolFamily.TEXT_EDITOR,
        ToolVersionSets.settle(file, ctx, List.of(ToolFamily.TEXT_EDITOR), out));
  }

  private static String removal(UndoPlan p) {
    if (p.what().equals(UndoEditBranches.BRANCH)) {
      return "remove the branch";
    }
    if (p.what().equals(UndoEditBranches.LABEL)) {
      return "remove the value from the label";
    }
    return p.what().equals(UndoEditEnums.MEMBER)
        ? "remove the member"
        : "remove the element with its separator";
  }

  /**
   * A removed enum member or constant takes the removals of the branches that use it into its own
   * finding: removing the member alone would leave those uses undefined.
   */
  private static Map<Integer, Removals.Planned> joinUsesToDeclarations(
      String text, List<UndoPlan> plans, Map<Integer, Removals.Planned> planned) {
    Map<Integer, Removals.Planned> out = new LinkedHashMap<>(planned);
    for (UndoPlan d : plans) {
      if (d.declared() == null
          || d.remover() == null
          || out.get(d.coverStart()).edits().isEmpty()) {
        continue;
      }
      List<Edit> edits = new ArrayList<>(out.get(d.coverStart()).edits());
      Matcher m = TextScan.token(d.declared()).matcher(text);
      while (m.find()) {
        int use = m.start();
        for (UndoPlan u : plans) {
          Removals.Planned up = u.remover() == null || u == d ? null : out.get(u.coverStart());
          if (up != null && u.covers(use) && !up.edits().isEmpty()) {
            edits.addAll(up.edits());
            out.put(u.coverStart(), new Removals.Planned(List.of(), d.coverStart()));
          }
        }
      }
      edits.sort(Comparator.comparingInt(Edit::start));
      out.put(d.coverStart(), new Removals.Planned(edits, null));
    }
    return out;
  }

  private static Finding finding(SourceFile file, UndoPlan p, String fix, List<Edit> edits) {
    Context c = file.contextAt(p.start());
    Severity s =
        c == Context.COMMENT || c == Context.DOCUMENTATION ? Severity.INFO : INFO.severity();
    return Findings.at(INFO, s, file, p.start(), p.end(), p.what(), fix, edits);
  }

  /**
   * In data files: list elements, YAML list items and comma-separated values go; the rest is
   * reported.
   */
  private static List<UndoPlan> valuePlans(SourceFile file) {
    List<UndoPlan> out = new ArrayList<>();
    Matcher m = TextScan.token("undo_edit").matcher(file.text());
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      Context c = file.contextAt(s);
      if (c == Context.NOTEBOOK_OUTPUT) {
        continue;
      }
      boolean editable = c != Context.COMMENT && c != Context.DOCUMENTATION && c != Context.CODE;
      if (editable && !ListValues.remove(file.text(), s, e).isEmpty()) {
        out.add(
            new UndoPlan(
                s,
                e,
                s,
                e,
                UndoEditLists.ELEMENT,
                (text, at) -> ListValues.remove(text, s, e),
                null,
                null));
      } else {
        out.add(
            UndoPlan.report(
                s,
                e,
                "undo_edit is mentioned here; Claude 4's text editor has no undo_edit",
                editable
                    ? "not a list element, or the only one: change it by hand"
                    : "update it by hand"));
      }
    }
    return out;
  }

  /**
   * A comment, prose or a message that says undo_edit is gone ("undo_edit was removed in Claude 4")
   * is already right: it is not reported.
   */
  private static List<UndoPlan> withoutNotesOfRemoval(SourceFile file, List<UndoPlan> plans) {
    return plans.stream()
        .filter(
            p -> {
              if (p.remover() != null) {
                return true;
              }
              Context c = file.contextAt(p.start());
              boolean prose =
                  c == Context.COMMENT
                      || c == Context.DOCUMENTATION
                      || c == Context.DATA
                      || c == Context.STRING_LITERAL;
              return !prose || !GONE.matcher(file.lineText(file.lines().line(p.start()))).find();
            })
        .toList();
  }

  /**
   * An enum member or constant is removed only when nothing else in the file still uses its name
   * (other files that use it are reported by this rule in their own scan).
   */
  private static List<UndoPlan> keepDeclaredOnlyWhenUnused(String text, List<UndoPlan> plans) {
    List<UndoPlan> out = new ArrayList<>();
    for (UndoPlan p : plans) {
      if (p.declared() == null || p.remover() == null) {
        out.add(p);
        continue;
      }
      Matcher m = TextScan.token(p.declared()).matcher(text);
      boolean used = false;
      while (m.find()) {
        int at = m.start();
        used |= plans.stream().noneMatch(q -> q.remover() != null && q.covers(at));
      }
      out.add(
          used
              ? p.reportOnly(
                  p.declared() + " is still used in this file: remove those uses, then the member")
              : p);
    }
    return out;
  }
}
