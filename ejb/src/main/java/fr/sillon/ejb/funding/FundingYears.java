package fr.sillon.ejb.funding;

import fr.sillon.domain.DomainException;
import java.time.LocalDate;

/** The years a report may cover: 2000 to the current year. */
final class FundingYears {
    private FundingYears() {
    }

    static void check(int year) {
        if (year < 2000 || year > LocalDate.now().getYear()) {
            throw new DomainException("funding.year");
        }
    }
}
