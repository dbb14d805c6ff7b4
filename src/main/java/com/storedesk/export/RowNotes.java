package com.storedesk.export;

import com.storedesk.app.KpiTexts;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.district.DistrictRow;
import com.storedesk.insight.kpi.Kpi;
import java.util.ArrayList;
import java.util.List;

/**
 * What a row's figures leave out, in words: "Conversion: No door-counter data". Exports show a missing
 * value as an empty cell or a dash and say why here, so no gap reads as a zero.
 */
final class RowNotes {

    private final Messages messages;
    private final KpiTexts texts;

    RowNotes(Messages messages, KpiTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    List<String> of(DistrictRow row) {
        List<String> notes = new ArrayList<>();
        for (Kpi kpi : List.of(row.netSales(), row.transactions(), row.conversion(), row.averageOrder())) {
            String gap = kpi.value() == null ? texts.value(kpi, row.store().currency()) : texts.caveat(kpi);
            if (!gap.isEmpty()) {
                notes.add(messages.get("export.note", texts.label(kpi), gap));
            }
        }
        return notes;
    }
}
