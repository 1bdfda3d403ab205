package nl.motiemonitor.account;

import java.util.Set;

/** The logged-in person of the staff area, as other modules see them. */
public interface StaffUser {

    /** The account's id. */
    Long id();

    String username();

    String displayName();

    boolean isAdmin();

    /** Administrators, and clerks of this body, may create and change its motions, commitments and letters. */
    boolean canEdit(Long bodyId);

    /** Administrators, and clerks and members of this body, may read its unpublished items. */
    boolean canReadDrafts(Long bodyId);

    /** The bodies this user has a role in. Empty for an administrator, who may read everything ({@link #isAdmin()}). */
    Set<Long> readableBodyIds();
}
