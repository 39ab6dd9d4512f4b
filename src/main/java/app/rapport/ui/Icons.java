package app.rapport.ui;

import app.rapport.model.Experience;
import app.rapport.model.FollowUpAction;
import app.rapport.model.InteractionKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The icons the app uses, one place to change them. */
public final class Icons {
    private Icons() {
    }

    public static Ikon of(InteractionKind kind) {
        return switch (kind) {
            case CALL -> Material2AL.CALL;
            case VISIT -> Material2AL.DIRECTIONS_WALK;
            case MEETING -> Material2AL.GROUPS;
            case EMAIL -> Material2AL.EMAIL;
            case PURCHASE -> Material2MZ.SHOPPING_BAG;
            case THANK_YOU_CALL -> Material2MZ.PHONE_IN_TALK;
            case HANDWRITTEN_NOTE -> Material2AL.CREATE;
            case GIFT -> Material2AL.CARD_GIFTCARD;
            case COMPLAINT -> Material2MZ.REPORT_PROBLEM;
            case REFERRAL -> Material2MZ.PERSON_ADD;
            case OTHER -> Material2MZ.MORE_HORIZ;
        };
    }

    public static Ikon of(Experience experience) {
        return switch (experience) {
            case POSITIVE -> Material2MZ.SENTIMENT_SATISFIED;
            case NEUTRAL -> Material2MZ.SENTIMENT_NEUTRAL;
            case NEGATIVE -> Material2MZ.SENTIMENT_DISSATISFIED;
        };
    }

    public static Ikon of(FollowUpAction action) {
        return switch (action) {
            case CALL -> Material2AL.CALL;
            case NOTE -> Material2AL.CREATE;
            case CALL_THEN_NOTE -> Material2AL.CONTACT_PHONE;
        };
    }

    public static FontIcon icon(Ikon ikon) {
        return new FontIcon(ikon);
    }

    public static FontIcon icon(Ikon ikon, String styleClass) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add(styleClass);
        return icon;
    }
}
