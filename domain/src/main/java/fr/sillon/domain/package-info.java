/**
 * The domain of Sillon: JPA entities and the rules of the trade in plain Java, unit-tested without a container. It
 * imports no EJB, CDI or Faces API. Rule violations are {@link fr.sillon.domain.DomainException}s whose French
 * messages live in {@code messages.properties}; the French labels of the enums live in {@code labels.properties},
 * read by {@link fr.sillon.domain.Labels} (the one label source).
 */
package fr.sillon.domain;
