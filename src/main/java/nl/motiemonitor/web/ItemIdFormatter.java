package nl.motiemonitor.web;

import java.util.Locale;

import nl.motiemonitor.shared.ItemId;
import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/** Binds a form's {@code motie:12} or {@code toezegging:7} to an {@link ItemId}; anything else is a type mismatch. */
@Component
class ItemIdFormatter implements Formatter<ItemId> {

    @Override
    public ItemId parse(String text, Locale locale) {
        return ItemId.parse(text.strip()).orElseThrow(() -> new IllegalArgumentException("no item: " + text));
    }

    @Override
    public String print(ItemId item, Locale locale) {
        return item.formValue();
    }
}
