package fr.sillon.domain.framework;

import static fr.sillon.domain.framework.CompetencyKind.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompetencyKindTest {
    @ParameterizedTest(name = "{0} sous {1} : {2}")
    @CsvSource(nullValues = "ROOT", value = {
            "DOMAIN,ROOT,true", "DOMAIN,DOMAIN,false", "DOMAIN,CRITERION,false",
            "SUBDOMAIN,ROOT,false", "SUBDOMAIN,DOMAIN,true", "SUBDOMAIN,SUBDOMAIN,true", "SUBDOMAIN,CRITERION,false",
            "CRITERION,ROOT,true", "CRITERION,DOMAIN,true", "CRITERION,SUBDOMAIN,true", "CRITERION,CRITERION,false",
            "CRITERION,ITEM,false",
            "ITEM,ROOT,false", "ITEM,DOMAIN,false", "ITEM,SUBDOMAIN,false", "ITEM,CRITERION,true", "ITEM,ITEM,true"})
    void hierarchy(CompetencyKind kind, CompetencyKind parent, boolean allowed) {
        assertEquals(allowed, kind.allowedUnder(parent));
    }

    @ParameterizedTest
    @CsvSource({"true,true,CRITERION", "true,false,DOMAIN", "false,false,SUBDOMAIN", "false,true,CRITERION"})
    void inference(boolean root, boolean leaf, CompetencyKind expected) {
        assertEquals(expected, infer(root, leaf));
    }

    @ParameterizedTest
    @CsvSource({"criterion,CRITERION", " Domain ,DOMAIN", "item,ITEM"})
    void parsing(String text, CompetencyKind expected) {
        assertEquals(expected, parse(text));
    }

    @ParameterizedTest
    @CsvSource({"critère", "''"})
    void unknownKinds(String text) {
        assertNull(parse(text));
    }
}
