package nl.motiemonitor.follow;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import nl.motiemonitor.account.CurrentUser;
import nl.motiemonitor.account.StaffUser;
import nl.motiemonitor.shared.Phrase;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Following by e-mail: subscribing (logged in), the list of one's subscriptions, confirming an address by the signed
 * link in the message that asks for it, and unsubscribing by the signed link in every message; both links need no
 * login ({@code GET} asks, {@code POST} does it, so a mail scanner that opens links confirms nothing; mail clients
 * post the unsubscribe link directly, RFC 8058).
 */
@Controller
class SubscriptionController {

    private final Subscriptions subscriptions;
    private final Targets targets;
    private final LinkTokens tokens;
    private final MessageSource messages;

    SubscriptionController(Subscriptions subscriptions, Targets targets, LinkTokens tokens, MessageSource messages) {
        this.messages = messages;
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.tokens = tokens;
    }

    @PostMapping("/volgen")
    String subscribe(@Valid @ModelAttribute("subscribeForm") SubscribeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        StaffUser user = CurrentUser.get().orElseThrow();
        Optional<FollowTarget> target = form.getTarget() == null ? Optional.empty() : resolve(form);
        if (form.getTarget() != null && target.isEmpty()) {
            errors.reject("follow.subscribe.targetGone");
        }
        if (errors.hasErrors()) {
            model.addAttribute("frequencies", Frequency.values());
            model.addAttribute("followed", target.map(found -> text(found.title())).orElse(null));
            return "follow/subscribe";
        }
        String email = form.getEmail().strip();
        Subscriptions.Subscribed subscribed = subscriptions.subscribe(user.id(), email, target.get(),
                form.getFrequency());
        redirect.addFlashAttribute("notice", text(Phrase.of("follow.subscribe.done", target.get().title(),
                Phrase.of("follow.frequency.inSentence." + form.getFrequency().name())))
                + (subscribed.confirmed() ? "" : " " + text(Phrase.of("follow.subscribe.confirmFirst", email))));
        return "redirect:/abonnementen";
    }

    @GetMapping("/abonnementen")
    String list(Model model) {
        StaffUser user = CurrentUser.get().orElseThrow();
        model.addAttribute("subscriptions", subscriptions.of(user.id()));
        model.addAttribute("frequencies", Frequency.values());
        return "follow/subscriptions";
    }

    @PostMapping("/abonnementen/{id}/opzeggen")
    String cancel(@PathVariable("id") long id, RedirectAttributes redirect) {
        StaffUser user = CurrentUser.get().orElseThrow();
        redirect.addFlashAttribute("notice", subscriptions.cancel(user.id(), id)
                ? text(Phrase.of("follow.subscription.cancelled")) : text(Phrase.of("follow.subscription.gone")));
        return "redirect:/abonnementen";
    }

    @PostMapping("/abonnementen/{id}/frequentie")
    String frequency(@PathVariable("id") long id, @RequestParam(name = "frequency", required = false) String value,
            RedirectAttributes redirect) {
        StaffUser user = CurrentUser.get().orElseThrow();
        Frequency frequency = parse(value);
        redirect.addFlashAttribute("notice", text(frequency == null ? Phrase.of("follow.subscribe.frequency.required")
                : subscriptions.changeFrequency(user.id(), id, frequency)
                ? Phrase.of("follow.subscription.saved", Phrase.of("follow.frequency.inSentence." + frequency.name()))
                : Phrase.of("follow.subscription.gone")));
        return "redirect:/abonnementen";
    }

    @GetMapping("/volgen/bevestigen")
    String confirmAddress(@RequestParam(name = "t", required = false) String token, Model model) {
        long id = tokens.verify(LinkTokens.Purpose.CONFIRM, token).orElseThrow(InvalidConfirmation::new);
        Subscriptions.Address address = subscriptions.address(id).orElseThrow(InvalidConfirmation::new);
        model.addAttribute("token", token);
        model.addAttribute("address", address);
        return "follow/confirm";
    }

    @PostMapping("/volgen/bevestigen")
    String addressConfirmed(@RequestParam(name = "t", required = false) String token, Model model) {
        long id = tokens.verify(LinkTokens.Purpose.CONFIRM, token).orElseThrow(InvalidConfirmation::new);
        String email = subscriptions.confirm(id).orElseThrow(InvalidConfirmation::new);
        model.addAttribute("address", new Subscriptions.Address(email, true));
        model.addAttribute("done", true);
        return "follow/confirm";
    }

    @GetMapping("/afmelden")
    String confirm(@RequestParam(name = "t", required = false) String token, Model model) {
        long id = tokens.verify(LinkTokens.Purpose.UNSUBSCRIBE, token).orElseThrow(InvalidLink::new);
        model.addAttribute("token", token);
        model.addAttribute("followedTitle", subscriptions.titleOf(id).orElse(null));
        return "follow/unsubscribe";
    }

    @PostMapping("/afmelden")
    String unsubscribe(@RequestParam(name = "t", required = false) String token, Model model) {
        long id = tokens.verify(LinkTokens.Purpose.UNSUBSCRIBE, token).orElseThrow(InvalidLink::new);
        model.addAttribute("done", true);
        model.addAttribute("followedTitle", subscriptions.unsubscribe(id).orElse(null));
        return "follow/unsubscribe";
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(InvalidLink.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidLink(Model model) {
        model.addAttribute("invalid", true);
        return "follow/unsubscribe";
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(InvalidConfirmation.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidConfirmation(Model model) {
        model.addAttribute("invalid", true);
        return "follow/confirm";
    }

    /** A message in the request's language. */
    private String text(MessageSourceResolvable message) {
        return messages.getMessage(message, LocaleContextHolder.getLocale());
    }

    private Optional<FollowTarget> resolve(SubscribeForm form) {
        String body = form.getBody() == null || form.getBody().isBlank() ? null : form.getBody();
        String item = form.getItem() == null ? "" : form.getItem().toLowerCase(Locale.ROOT);
        return switch (form.getTarget()) {
            case MOTION -> body == null ? Optional.empty() : targets.motion(body, item);
            case COMMITMENT -> body == null ? Optional.empty() : targets.commitment(body, item);
            case BODY -> body == null ? Optional.empty() : targets.body(body);
            case PARTY -> body == null ? Optional.empty() : targets.party(body, form.getParty());
            case SEARCH -> targets.search(body, form.getSearch());
            case ALL -> Optional.empty(); // a feed only: all of the country is too much for a mailbox
        };
    }

    private static Frequency parse(String value) {
        try {
            return value == null ? null : Frequency.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A confirmation link that was not made by the portal, was altered, or whose address is gone: 400. */
    static class InvalidConfirmation extends RuntimeException {
        InvalidConfirmation() {
            super("Deze bevestigingslink is ongeldig");
        }
    }

    /** A link that was not made by the portal, or was altered: 400 with a Dutch page. */
    static class InvalidLink extends RuntimeException {
        InvalidLink() {
            super("Deze afmeldlink is ongeldig");
        }
    }
}
