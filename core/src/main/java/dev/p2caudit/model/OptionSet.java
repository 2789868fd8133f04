package dev.p2caudit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Dataverse option sets the auditor reads. Exports carry them as a label (Excel, F&amp;O) or as a
 * code (logical-name CSV); both are accepted and the code is stored.
 */
public enum OptionSet {
    RELATIONSHIP_TYPE(labels(1, "Competitor", 2, "Consultant", 3, "Customer", 4, "Investor", 5, "Partner",
            6, "Influencer", 7, "Press", 8, "Prospect", 9, "Reseller", 10, "Supplier", 11, "Vendor", 12, "Other")),
    ORDER_TYPE(labels(192350000, "Item based", 192350001, "Work based", 690970002, "Service-Maintenance based")),
    RECORD_STATE(labels(0, "Active", 1, "Inactive")),
    PRODUCT_STATE(labels(0, "Active", 1, "Retired", 2, "Draft", 3, "Under Revision")),
    ORDER_STATE(labels(0, "Active", 1, "Submitted", 2, "Canceled", 3, "Fulfilled", 4, "Invoiced")),
    QUOTE_STATE(labels(0, "Draft", 1, "Active", 2, "Won", 3, "Closed")),
    INVOICE_STATE(labels(0, "Active", 1, "Closed", 2, "Paid", 3, "Canceled"));

    public static final int CUSTOMER = 3;
    public static final int ITEM_BASED = 192350000;

    private final Map<Integer, String> labelsByCode;
    private final Map<String, Integer> codesByKey = new LinkedHashMap<>();

    OptionSet(Map<Integer, String> labelsByCode) {
        this.labelsByCode = Collections.unmodifiableMap(labelsByCode);
        labelsByCode.forEach((code, label) -> codesByKey.put(key(label), code));
    }

    /** The label of a code, if the code belongs to this option set. */
    public Optional<String> labelOf(int code) {
        return Optional.ofNullable(labelsByCode.get(code));
    }

    /** All codes with their labels, in catalogue order. */
    public Map<Integer, String> labels() {
        return labelsByCode;
    }

    /**
     * The code for a label or code as written in an export. Labels match ignoring case, spaces,
     * hyphens and underscores ({@code Item-based} is {@code Item based}).
     */
    public Optional<Integer> codeOf(String text) {
        String trimmed = text.trim();
        if (trimmed.matches("-?\\d{1,10}")) {
            int code = Integer.parseInt(trimmed);
            return labelsByCode.containsKey(code) ? Optional.of(code) : Optional.empty();
        }
        return Optional.ofNullable(codesByKey.get(key(trimmed)));
    }

    /** A short list of accepted labels for error messages. */
    public String describe() {
        return String.join(", ", labelsByCode.values());
    }

    private static String key(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }

    private static Map<Integer, String> labels(Object... codeLabelPairs) {
        Map<Integer, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codeLabelPairs.length; i += 2) {
            map.put((Integer) codeLabelPairs[i], (String) codeLabelPairs[i + 1]);
        }
        return map;
    }
}
