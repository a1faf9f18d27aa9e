@ApplicationModule(allowedDependencies = {})
package archfixture.shop;

import org.springframework.modulith.ApplicationModule;
