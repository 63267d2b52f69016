package org.ltc.calibration.action;

import java.util.List;
import org.ltc.model.Checks;

/**
 * The findings of an {@link IntentionalityCheck}, plan-level findings first, then by action in plan order.
 *
 * @param planId   the plan checked
 * @param findings every finding, passes and concerns
 */
public record IntentionalityReport(String planId, List<Finding> findings) {
    public IntentionalityReport {
        findings = Checks.list("findings", findings);
    }

    public List<Finding> concerns() {
        return findings.stream().filter(Finding::concern).toList();
    }

    public boolean hasConcerns() {
        return findings.stream().anyMatch(Finding::concern);
    }

    /** The concerns about one test. */
    public List<Finding> concerns(Finding.Test test) {
        return findings.stream().filter(f -> f.concern() && f.test() == test).toList();
    }
}
