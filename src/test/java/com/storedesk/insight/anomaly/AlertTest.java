package com.storedesk.insight.anomaly;

import static com.storedesk.insight.anomaly.TestStore.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertTest {

    @Test
    void figuresMustBeOfTheTypesTheKindNames() {
        assertThatThrownBy(() -> new Alert(AlertKind.SENSOR_DARK, Severity.WARNING, 7, DAY,
                AlertSubject.sensor("door-1"), List.of(AlertFigure.count(3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SENSOR_DARK");
    }

    @Test
    void mostUrgentFirstThenByKindThenBySubject() {
        Alert darkB = sensorDark("door-B", Severity.WARNING);
        Alert darkA = sensorDark("door-A", Severity.WARNING);
        Alert voids = new Alert(AlertKind.CASHIER_VOIDS, Severity.WARNING, 7, DAY, AlertSubject.employee(1, "Sam"),
                List.of(AlertFigure.share(0.05), AlertFigure.share(0.005), AlertFigure.count(25),
                        AlertFigure.count(14)));
        Alert criticalDark = sensorDark("door-C", Severity.CRITICAL);
        List<Alert> alerts = new ArrayList<>(List.of(darkB, voids, darkA, criticalDark));

        alerts.sort(Alert.ORDER);

        assertThat(alerts).containsExactly(criticalDark, voids, darkA, darkB);
    }

    private static Alert sensorDark(String sensor, Severity severity) {
        return new Alert(AlertKind.SENSOR_DARK, severity, 7, DAY, AlertSubject.sensor(sensor),
                List.of(AlertFigure.time(LocalTime.NOON), AlertFigure.time(LocalTime.of(18, 0)), AlertFigure.count(9)));
    }
}
