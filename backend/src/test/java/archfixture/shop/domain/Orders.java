package archfixture.shop.domain;

import org.springframework.data.repository.Repository;

public interface Orders extends Repository<Order, Long> {

    long count();
}
