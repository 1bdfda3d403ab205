/**
 * Terms (termijnen): the due date of each motion and commitment (its own, or its body's default), extensions with
 * their reasons, and who is responsible. What is late is computed (item_terms_on, V16) from these on every question, never stored
 * (view {@code item_terms}, V8).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Termijnen")
package nl.motiemonitor.term;
