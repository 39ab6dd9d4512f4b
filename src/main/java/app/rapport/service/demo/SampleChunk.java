package app.rapport.service.demo;

import app.rapport.model.Client;
import app.rapport.model.Decision;
import app.rapport.model.Interaction;
import java.util.List;

/**
 * A run of sample clients, the interactions written with them and the owner's decisions about
 * their follow-ups. An interaction or a decision may belong to a client of an earlier chunk (a
 * referral logged on the referrer, and its thank-you), never to a later one.
 */
record SampleChunk(List<Client> clients, List<Interaction> interactions, List<Decision> decisions) {
}
