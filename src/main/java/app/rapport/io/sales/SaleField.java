package app.rapport.io.sales;

import app.rapport.io.contacts.ContactField;
import app.rapport.model.Text;
import java.util.Map;

/** What a column of a sales export holds, for the column-mapping step. */
public enum SaleField {
    IGNORE("(not imported)"),
    DATE("Date (or date and time)"),
    TIME("Time"),
    TIME_ZONE("Time zone"),
    AMOUNT("Amount paid"),
    REFUNDED("Amount refunded"),
    REFERENCE("Order or transaction number"),
    ITEMS("Items or description"),
    QUANTITY("Quantity"),
    EMAIL("Email"),
    PHONE("Phone"),
    FULL_NAME("Customer's full name"),
    FIRST_NAME("Customer's first name"),
    LAST_NAME("Customer's last name"),
    STATUS("Status or kind (refunds are not taken)"),
    CANCELLED("Cancelled (a date here: not taken)");

    private final String label;

    SaleField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** Sales headers as spreadsheets name them in English, French, German and Spanish, normalised. */
    private static final Map<String, SaleField> GENERIC = Map.ofEntries(
            // dates and times
            Map.entry("date", DATE), Map.entry("day", DATE), Map.entry("saledate", DATE), Map.entry("orderdate", DATE),
            Map.entry("transactiondate", DATE), Map.entry("purchasedate", DATE), Map.entry("datetime", DATE),
            Map.entry("dateandtime", DATE), Map.entry("timestamp", DATE), Map.entry("createdat", DATE),
            Map.entry("paidat", DATE), Map.entry("jour", DATE), Map.entry("datedevente", DATE),
            Map.entry("datedecommande", DATE), Map.entry("dateheure", DATE), Map.entry("datum", DATE),
            Map.entry("verkaufsdatum", DATE), Map.entry("bestelldatum", DATE), Map.entry("belegdatum", DATE),
            Map.entry("rechnungsdatum", DATE), Map.entry("fecha", DATE), Map.entry("fechadeventa", DATE),
            Map.entry("fechadepedido", DATE), Map.entry("fechayhora", DATE),
            Map.entry("time", TIME), Map.entry("hour", TIME), Map.entry("heure", TIME), Map.entry("uhrzeit", TIME),
            Map.entry("zeit", TIME), Map.entry("hora", TIME),
            Map.entry("timezone", TIME_ZONE), Map.entry("zone", TIME_ZONE), Map.entry("fuseauhoraire", TIME_ZONE),
            Map.entry("zeitzone", TIME_ZONE), Map.entry("zonahoraria", TIME_ZONE),
            // money
            Map.entry("amount", AMOUNT), Map.entry("total", AMOUNT), Map.entry("amountpaid", AMOUNT),
            Map.entry("totalpaid", AMOUNT), Map.entry("paid", AMOUNT), Map.entry("sum", AMOUNT),
            Map.entry("price", AMOUNT), Map.entry("grandtotal", AMOUNT), Map.entry("totalcollected", AMOUNT),
            Map.entry("montant", AMOUNT), Map.entry("montantpaye", AMOUNT), Map.entry("montantttc", AMOUNT),
            Map.entry("totalttc", AMOUNT), Map.entry("prix", AMOUNT), Map.entry("somme", AMOUNT),
            Map.entry("betrag", AMOUNT), Map.entry("summe", AMOUNT), Map.entry("gesamt", AMOUNT),
            Map.entry("gesamtbetrag", AMOUNT), Map.entry("bruttobetrag", AMOUNT), Map.entry("preis", AMOUNT),
            Map.entry("importe", AMOUNT), Map.entry("importetotal", AMOUNT), Map.entry("monto", AMOUNT),
            Map.entry("precio", AMOUNT), Map.entry("totalpagado", AMOUNT),
            Map.entry("refunded", REFUNDED), Map.entry("refundedamount", REFUNDED),
                    Map.entry("amountrefunded", REFUNDED),
            Map.entry("montantrembourse", REFUNDED), Map.entry("erstattet", REFUNDED),
            Map.entry("erstatteterbetrag", REFUNDED), Map.entry("importereembolsado", REFUNDED),
            // references
            Map.entry("order", REFERENCE), Map.entry("ordernumber", REFERENCE), Map.entry("orderid", REFERENCE),
            Map.entry("orderno", REFERENCE), Map.entry("reference", REFERENCE), Map.entry("ref", REFERENCE),
            Map.entry("receipt", REFERENCE), Map.entry("receiptnumber", REFERENCE), Map.entry("invoice", REFERENCE),
            Map.entry("invoicenumber", REFERENCE), Map.entry("transaction", REFERENCE),
            Map.entry("transactionid", REFERENCE), Map.entry("ticket", REFERENCE), Map.entry("commande", REFERENCE),
            Map.entry("numerodecommande", REFERENCE), Map.entry("ndecommande", REFERENCE),
            Map.entry("nodecommande", REFERENCE), Map.entry("reference1", REFERENCE), Map.entry("facture", REFERENCE),
            Map.entry("numerodefacture", REFERENCE), Map.entry("bestellung", REFERENCE),
            Map.entry("bestellnummer", REFERENCE), Map.entry("referenz", REFERENCE), Map.entry("beleg", REFERENCE),
            Map.entry("belegnummer", REFERENCE), Map.entry("rechnungsnummer", REFERENCE), Map.entry("bon", REFERENCE),
            Map.entry("bonnummer", REFERENCE), Map.entry("pedido", REFERENCE), Map.entry("numerodepedido", REFERENCE),
            Map.entry("referencia", REFERENCE), Map.entry("factura", REFERENCE), Map.entry("recibo", REFERENCE),
            // what was bought
            Map.entry("items", ITEMS), Map.entry("item", ITEMS), Map.entry("description", ITEMS),
            Map.entry("product", ITEMS), Map.entry("products", ITEMS), Map.entry("lineitemname", ITEMS),
            Map.entry("articles", ITEMS), Map.entry("article", ITEMS), Map.entry("produit", ITEMS),
            Map.entry("produits", ITEMS), Map.entry("libelle", ITEMS), Map.entry("artikel", ITEMS),
            Map.entry("produkt", ITEMS), Map.entry("beschreibung", ITEMS), Map.entry("bezeichnung", ITEMS),
            Map.entry("articulo", ITEMS), Map.entry("articulos", ITEMS), Map.entry("producto", ITEMS),
            Map.entry("productos", ITEMS), Map.entry("descripcion", ITEMS), Map.entry("concepto", ITEMS),
            Map.entry("quantity", QUANTITY), Map.entry("qty", QUANTITY), Map.entry("quantite", QUANTITY),
            Map.entry("menge", QUANTITY), Map.entry("anzahl", QUANTITY), Map.entry("cantidad", QUANTITY),
            // status
            Map.entry("status", STATUS), Map.entry("type", STATUS), Map.entry("eventtype", STATUS),
            Map.entry("financialstatus", STATUS), Map.entry("statut", STATUS), Map.entry("etat", STATUS),
            Map.entry("typedoperation", STATUS), Map.entry("art", STATUS), Map.entry("vorgang", STATUS),
            Map.entry("estado", STATUS), Map.entry("tipo", STATUS),
            Map.entry("cancelled", CANCELLED), Map.entry("cancelledat", CANCELLED), Map.entry("canceled", CANCELLED),
            Map.entry("canceledat", CANCELLED), Map.entry("annule", CANCELLED), Map.entry("storniert", CANCELLED),
            Map.entry("cancelado", CANCELLED), Map.entry("anulado", CANCELLED),
            // who
            Map.entry("customername", FULL_NAME), Map.entry("clientname", FULL_NAME), Map.entry("buyer", FULL_NAME),
            Map.entry("buyername", FULL_NAME), Map.entry("billingname", FULL_NAME), Map.entry("nomduclient", FULL_NAME),
            Map.entry("kunde", FULL_NAME), Map.entry("kundenname", FULL_NAME), Map.entry("cliente", FULL_NAME),
            Map.entry("nombredelcliente", FULL_NAME), Map.entry("nombrecompleto", FULL_NAME),
            Map.entry("courriel", EMAIL), Map.entry("adressemail", EMAIL), Map.entry("adresseemail", EMAIL),
            Map.entry("emailadresse", EMAIL), Map.entry("correo", EMAIL), Map.entry("correoelectronico", EMAIL),
            Map.entry("billingphone", PHONE), Map.entry("telephone", PHONE), Map.entry("handy", PHONE),
            Map.entry("mobil", PHONE), Map.entry("movil", PHONE), Map.entry("celular", PHONE),
            Map.entry("telefononumero", PHONE));

    /**
     * The field a header most likely names in any spreadsheet: the sales words first, then the
     * names, emails and phones that client import knows; IGNORE when unknown.
     */
    public static SaleField guess(String header) {
        String h = Text.fold(header == null ? "" : header).replaceAll("[^a-z0-9]", "");
        SaleField f = GENERIC.get(h);
        if (f != null) {
            return f;
        }
        return switch (ContactField.guess(header == null ? "" : header)) {
            case FULL_NAME -> FULL_NAME;
            case FIRST_NAME -> FIRST_NAME;
            case LAST_NAME -> LAST_NAME;
            case EMAIL -> EMAIL;
            case PHONE -> PHONE;
            default -> IGNORE;
        };
    }
}
