package dev.claudemigrate.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cases read from one or more files, with the errors of those that could not be read.
 *
 * @param cases the readable cases, in file order
 * @param errors one per unreadable case
 */
public record Dataset(List<EvalCase> cases, List<DatasetError> errors) {
  public Dataset {
    cases = List.copyOf(cases);
    errors = List.copyOf(errors);
  }

  /** This dataset followed by {@code other}; a case whose ID is already taken becomes an error. */
  public Dataset plus(Dataset other, String otherFile) {
    List<EvalCase> all = new ArrayList<>(cases);
    List<DatasetError> errs = new ArrayList<>(errors);
    errs.addAll(other.errors);
    Set<String> ids = new HashSet<>();
    cases.forEach(c -> ids.add(c.id()));
    for (EvalCase c : other.cases) {
      if (ids.add(c.id())) {
        all.add(c);
      } else {
        errs.add(new DatasetError(otherFile, c.line(), "duplicate case id '" + c.id() + "'"));
      }
    }
    return new Dataset(all, errs);
  }
}
