package nl.motiemonitor.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** {@code username} must already be normalised ({@link UserAccount#normalise}). */
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** One indexed lookup, on every request of the staff area ({@link PasswordChangeRequired}). */
    boolean existsByUsernameAndMustChangePasswordTrue(String username);

    List<UserAccount> findAllByOrderByUsernameAsc();
}
