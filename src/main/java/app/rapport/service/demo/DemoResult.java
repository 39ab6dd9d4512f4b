package app.rapport.service.demo;

/** What a sample book holds once written. */
public record DemoResult(int clients, long interactions) {
}
