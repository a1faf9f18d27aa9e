@ApplicationModule(allowedDependencies = {})
package archfixture.billing;

import org.springframework.modulith.ApplicationModule;
