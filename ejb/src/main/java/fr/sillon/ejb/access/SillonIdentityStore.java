package fr.sillon.ejb.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Database identity store of Jakarta Security: accounts of the {@code user_account} table. */
@ApplicationScoped
public class SillonIdentityStore implements IdentityStore {
    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc) || upc.getCaller() == null
                || upc.getPasswordAsString() == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        AccountService.LoginResult result = accounts.checkCredentials(upc.getCaller().trim(), upc.getPasswordAsString());
        return result.valid()
                ? new CredentialValidationResult(result.login(), result.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
