package app.rapport.service.demo;

import app.rapport.model.Client;
import app.rapport.model.Interaction;
import java.util.List;

/**
 * A run of sample clients and the interactions written with them. An interaction may belong to a
 * client of an earlier chunk (a referral logged on the referrer), never to a later one.
 */
record SampleChunk(List<Client> clients, List<Interaction> interactions) {
}
