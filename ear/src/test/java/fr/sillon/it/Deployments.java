package fr.sillon.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the integration tests deploy: the EAR built by this module, as it is or with a test module. */
public final class Deployments {
    private Deployments() {
    }

    /** The application exactly as built (for black-box HTTP tests). */
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ear.file")))
                .as(EnterpriseArchive.class);
    }

    /**
     * The application plus a test web module holding the test classes (for in-container tests that call the services
     * and the EntityManager against the real database).
     */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("ear.file")));
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "sillon-tests.war")
                .addClasses(testClasses)
                .addClasses(Deployments.class, RunAs.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .setManifest(new StringAsset("Manifest-Version: 1.0\n"
                        + "Dependencies: org.hibernate, org.wildfly.security.elytron\n"));
        ear.addAsModule(Testable.archiveToTest(tests));
        ear.setApplicationXML(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                  <display-name>sillon</display-name>
                  <module><ejb>sillon-ejb.jar</ejb></module>
                  <module><web><web-uri>sillon-web.war</web-uri><context-root>/sillon</context-root></web></module>
                  <module><web><web-uri>sillon-tests.war</web-uri><context-root>/sillon-tests</context-root></web></module>
                  <library-directory>lib</library-directory>
                </application>
                """));
        return ear;
    }
}
