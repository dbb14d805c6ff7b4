package com.storedesk.assist.copilot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question without a model: whether it is about stock or about what the customer bought,
 * and which dates it means ("last spring", "last month", "in March", "the last 30 days"), in
 * English, German, French and Spanish. Deliberately simple: when unsure, the best-effort answer
 * shows a little more rather than less.
 */
public final class QuestionReading {

    private static final Pattern STOCK = words("stock", "in stock", "available", "availability", "another store",
            "other store", "other stores", "size", "come in", "comes in", "carry", "on hand", "sold out", "left",
            "lager", "vorratig", "verfugbar", "grosse", "filiale", "anderen laden", "ausverkauft",
            "disponible", "taille", "autre magasin", "en rayon", "rupture",
            "existencias", "talla", "otra tienda", "inventario", "agotado");
    private static final Pattern HISTORY = words("bought", "purchase", "purchased", "purchases", "ordered",
            "history", "last time", "last visit", "get last",
            "gekauft", "kaufte", "einkauf", "einkaufe", "letzte mal",
            "achete", "achetee", "achat", "achats", "commande",
            "compro", "compra", "compras", "comprado", "comprada");
    /** "What did she buy", "does he usually get": a question about the customer, not "can I buy a gift card". */
    private static final Pattern DID_BUY = Pattern.compile(
            "\\b(?:did|does|do|has|have)\\s+(?:\\w+\\s+){0,2}(?:buy|get|order)\\b");
    private static final Pattern LAST = words("last", "past", "previous", "letzten", "letzte", "letztes", "vergangenen",
            "dernier", "derniere", "passe", "passee", "pasado", "pasada", "ultimo", "ultima");
    private static final Pattern DAYS = Pattern.compile(
            "(?:last|past|letzten|derniers|ultimos)\\s+(\\d{1,3})\\s+(?:days|tagen|tage|jours|dias)");
    private static final List<Season> SEASONS = List.of(
            new Season(words("spring", "fruhling", "fruhjahr", "printemps", "primavera"), Month.MARCH),
            new Season(words("summer", "sommer", "ete", "verano"), Month.JUNE),
            new Season(words("autumn", "fall", "herbst", "automne", "otono"), Month.SEPTEMBER),
            new Season(words("winter", "hiver", "invierno"), Month.DECEMBER));
    private static final Pattern MONTH_WORD = words("month", "monat", "mois", "mes");
    private static final Pattern WEEK_WORD = words("week", "woche", "semaine", "semana");
    private static final Pattern YEAR_WORD = words("year", "jahr", "annee", "ano");

    private QuestionReading() {
    }

    public static boolean aboutStock(String question) {
        return STOCK.matcher(QuestionWords.normalize(question)).find();
    }

    public static boolean aboutHistory(String question) {
        String text = QuestionWords.normalize(question);
        return HISTORY.matcher(text).find() || DID_BUY.matcher(text).find();
    }

    /** The dates the question names, relative to {@code today}; empty when it names none. */
    public static Optional<DateRange> period(String question, LocalDate today) {
        String text = QuestionWords.normalize(question);
        boolean last = LAST.matcher(text).find();
        Matcher days = DAYS.matcher(text);
        if (days.find()) {
            int count = Math.max(1, Integer.parseInt(days.group(1)));
            return Optional.of(new DateRange(today.minusDays(count - 1L), today));
        }
        for (Season season : SEASONS) {
            if (season.word().matcher(text).find()) {
                return Optional.of(season.latest(today, last));
            }
        }
        Optional<DateRange> month = namedMonth(text, today);
        if (month.isPresent()) {
            return month;
        }
        if (MONTH_WORD.matcher(text).find()) {
            YearMonth month0 = YearMonth.from(today);
            return Optional.of(last ? whole(month0.minusMonths(1)) : new DateRange(month0.atDay(1), today));
        }
        if (WEEK_WORD.matcher(text).find()) {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return Optional.of(last ? new DateRange(monday.minusWeeks(1), monday.minusDays(1))
                    : new DateRange(monday, today));
        }
        if (YEAR_WORD.matcher(text).find()) {
            int year = today.getYear() - (last ? 1 : 0);
            return Optional.of(new DateRange(LocalDate.of(year, 1, 1), last ? LocalDate.of(year, 12, 31) : today));
        }
        return Optional.empty();
    }

    /** "In March": the latest March that has begun. English "may" counts only after "in" or "last". */
    private static Optional<DateRange> namedMonth(String text, LocalDate today) {
        for (Month month : Month.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"))) {
                String name = QuestionWords.normalize(month.getDisplayName(TextStyle.FULL, locale));
                Pattern pattern = name.equals("may") ? Pattern.compile("\\b(?:in|last|since)\\s+may\\b") : words(name);
                if (pattern.matcher(text).find()) {
                    YearMonth latest = YearMonth.of(today.getYear(), month);
                    if (latest.atDay(1).isAfter(today)) {
                        latest = latest.minusYears(1);
                    }
                    return Optional.of(whole(latest));
                }
            }
        }
        return Optional.empty();
    }

    private static DateRange whole(YearMonth month) {
        return new DateRange(month.atDay(1), month.atEndOfMonth());
    }

    private static Pattern words(String... phrases) {
        StringBuilder regex = new StringBuilder("\\b(?:");
        for (int i = 0; i < phrases.length; i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(phrases[i]).replace(" ", "\\E\\s+\\Q"));
        }
        return Pattern.compile(regex.append(")\\b").toString());
    }

    /** A northern-hemisphere season of three months, named by a word in any of the languages. */
    private record Season(Pattern word, Month first) {

        /** The latest such season that has begun; with "last", the one before it if today is inside it. */
        DateRange latest(LocalDate today, boolean last) {
            LocalDate start = MonthDay.of(first, 1).atYear(today.getYear());
            if (start.isAfter(today)) {
                start = start.minusYears(1);
            }
            LocalDate end = start.plusMonths(3).minusDays(1);
            if (last && !today.isAfter(end)) {
                start = start.minusYears(1);
                end = start.plusMonths(3).minusDays(1);
            }
            return new DateRange(start, end);
        }
    }
}
