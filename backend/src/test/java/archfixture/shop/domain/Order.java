package archfixture.shop.domain;

import archfixture.shop.web.OrderController;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Wrong on purpose: domain code that depends on a controller. */
@Entity
public class Order {

    @Id
    Long id;

    public String link() {
        return new OrderController().show() + id;
    }
}
