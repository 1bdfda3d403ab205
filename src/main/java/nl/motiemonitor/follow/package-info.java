/**
 * Following: an event log kept by triggers ({@code item_events}, V9), Atom feeds of it (ROME) for a motion, a
 * commitment, a body, a party's motions and a saved search, e-mail subscriptions with a queue that survives a mail
 * server being down, one-click unsubscribe links, and the weekly reminder digest for clerks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Volgen")
package nl.motiemonitor.follow;
