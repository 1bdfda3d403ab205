package nl.motiemonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemIdTest {

    @Test
    void aFormValueNamesAMotionOrACommitmentAndBack() {
        assertThat(ItemId.parse("motie:12")).contains(new MotionId(12));
        assertThat(ItemId.parse("toezegging:7")).contains(new CommitmentId(7));
        assertThat(new MotionId(12).formValue()).isEqualTo("motie:12");
        assertThat(ItemId.parse(new CommitmentId(123456789012345678L).formValue()))
                .contains(new CommitmentId(123456789012345678L));
        assertThat(new MotionId(3)).isNotEqualTo(new CommitmentId(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "motie", "motie:", "motie:-1", "motie:1a", "brief:3", ":3", "motie:1234567890123456789",
            "motie: 3", "Motie:3"})
    void anythingElseNamesNoItem(String value) {
        assertThat(ItemId.parse(value)).isEmpty();
    }
}
